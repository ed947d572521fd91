import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const tierLocator = idLocator({
	name: 'tierId',
	displayName: 'Customer Tier',
	searchListMethod: 'searchCustomerTiers',
	placeholder: 'e.g. 711',
});

export const tierTarget: RecordTarget = {
	locator: tierLocator,
	path: '/customer-tiers/',
	label: 'customer tier',
};
