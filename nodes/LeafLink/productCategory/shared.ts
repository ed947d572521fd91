import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const productCategoryLocator = idLocator({
	name: 'categoryId',
	displayName: 'Product Category',
	description: 'The product category, by its LeafLink ID',
	searchListMethod: 'searchProductCategories',
	placeholder: 'e.g. 1',
});

export const productCategoryTarget: RecordTarget = {
	locator: productCategoryLocator,
	path: '/product-categories/',
	label: 'product category',
};
