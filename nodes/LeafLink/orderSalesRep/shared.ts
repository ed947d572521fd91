import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const assignmentLocator = idLocator({
	name: 'orderSalesRepId',
	displayName: 'Sales Rep Assignment',
	searchListMethod: 'searchOrderSalesReps',
	description: 'The link between an order and a sales rep, by its LeafLink ID',
	placeholder: 'e.g. 1301',
});

export const assignmentTarget: RecordTarget = {
	locator: assignmentLocator,
	path: '/order-sales-reps/',
	label: 'order sales rep',
};

export const repLocator = idLocator({
	name: 'rep',
	displayName: 'Sales Rep',
	searchListMethod: 'searchCompanyStaff',
	description: 'The staff member to assign',
	placeholder: 'e.g. 22',
});
