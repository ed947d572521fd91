import { setExternalIdOperation } from '../shared/externalIds';
import { productLocator, productPath } from '../shared/locators';

export const { description, execute } = setExternalIdOperation({
	locator: productLocator,
	path: productPath,
	label: 'product',
});
