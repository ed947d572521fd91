import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const brandLocator = idLocator({
	name: 'brandId',
	displayName: 'Brand',
	description: 'The brand, by its LeafLink ID',
	searchListMethod: 'searchBrands',
	placeholder: 'e.g. 11',
});

export const brandTarget: RecordTarget = {
	locator: brandLocator,
	path: '/brands/',
	label: 'brand',
};
