import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const staffLocator = idLocator({
	name: 'staffId',
	displayName: 'Staff Member',
	searchListMethod: 'searchCompanyStaff',
	description: 'A member of your company staff, e.g. a sales rep',
	placeholder: 'e.g. 22',
});

export const staffTarget: RecordTarget = {
	locator: staffLocator,
	path: '/company-staff/',
	label: 'staff member',
};
