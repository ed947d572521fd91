import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const licenseTypeLocator = idLocator({
	name: 'licenseTypeId',
	displayName: 'License Type',
	description: 'The license type, by its LeafLink ID',
	searchListMethod: 'searchLicenseTypes',
	placeholder: 'e.g. 51',
});

export const licenseTypeTarget: RecordTarget = {
	locator: licenseTypeLocator,
	path: '/license-types/',
	label: 'license type',
};
