import { removeExternalIdOperation } from '../shared/externalIds';
import { orderLocator, orderPath } from '../shared/locators';

export const { description, execute } = removeExternalIdOperation({
	locator: orderLocator,
	path: orderPath,
	label: 'order',
});
