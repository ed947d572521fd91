import { removeExternalIdOperation } from '../shared/externalIds';
import { productLocator, productPath } from '../shared/locators';

export const { description, execute } = removeExternalIdOperation({
	locator: productLocator,
	path: productPath,
	label: 'product',
});
