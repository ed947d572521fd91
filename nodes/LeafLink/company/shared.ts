import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const companyLocator = idLocator({
	name: 'companyId',
	displayName: 'Company',
	searchListMethod: 'searchCompanies',
	description: 'A company your API key reaches',
	placeholder: 'e.g. 1',
});

export const companyTarget: RecordTarget = {
	locator: companyLocator,
	path: '/companies/',
	label: 'company',
};
