import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const strainLocator = idLocator({
	name: 'strainId',
	displayName: 'Strain',
	description: 'The strain, by its LeafLink ID',
	searchListMethod: 'searchStrains',
	placeholder: 'e.g. 31',
});

export const strainTarget: RecordTarget = {
	locator: strainLocator,
	path: '/strains/',
	label: 'strain',
};
