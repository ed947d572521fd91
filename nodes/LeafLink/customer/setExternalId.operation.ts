import { setExternalIdOperation } from '../shared/externalIds';
import { customerLocator, customerPath } from './shared';

export const { description, execute } = setExternalIdOperation({
	locator: customerLocator,
	path: customerPath,
	label: 'customer',
});
