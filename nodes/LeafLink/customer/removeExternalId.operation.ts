import { removeExternalIdOperation } from '../shared/externalIds';
import { customerLocator, customerPath } from './shared';

export const { description, execute } = removeExternalIdOperation({
	locator: customerLocator,
	path: customerPath,
	label: 'customer',
});
