import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const creditLocator = idLocator({
	name: 'creditId',
	displayName: 'Credit',
	searchListMethod: 'searchCredits',
	placeholder: 'e.g. 801',
});

export const creditTarget: RecordTarget = {
	locator: creditLocator,
	path: '/credits/',
	label: 'credit',
};
