import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const productSubcategoryLocator = idLocator({
	name: 'subcategoryId',
	displayName: 'Product Subcategory',
	description: 'The product subcategory, by its LeafLink ID',
	searchListMethod: 'searchProductSubcategories',
	placeholder: 'e.g. 11',
});

export const productSubcategoryTarget: RecordTarget = {
	locator: productSubcategoryLocator,
	path: '/product-subcategories/',
	label: 'product subcategory',
};
