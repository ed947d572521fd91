import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const licenseLocator = idLocator({
	name: 'licenseId',
	displayName: 'License',
	description: 'The license, by its LeafLink ID',
	searchListMethod: 'searchLicenses',
	placeholder: 'e.g. 61',
});

export const licenseTarget: RecordTarget = {
	locator: licenseLocator,
	path: '/licenses/',
	label: 'license',
};
