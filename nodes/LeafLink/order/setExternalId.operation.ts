import { setExternalIdOperation } from '../shared/externalIds';
import { orderLocator, orderPath } from '../shared/locators';

export const { description, execute } = setExternalIdOperation({
	locator: orderLocator,
	path: orderPath,
	label: 'order',
});
