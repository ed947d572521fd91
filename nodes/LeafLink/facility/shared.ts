import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const facilityLocator = idLocator({
	name: 'facilityId',
	displayName: 'Facility',
	description: 'The facility, by its LeafLink ID',
	searchListMethod: 'searchFacilities',
	placeholder: 'e.g. 71',
});

export const facilityTarget: RecordTarget = {
	locator: facilityLocator,
	path: '/inventory/facilities/',
	label: 'facility',
};
