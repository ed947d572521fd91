import type { FieldSpec } from '../shared/fields';
import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const productLineLocator = idLocator({
	name: 'productLineId',
	displayName: 'Product Line',
	description: 'The product line, by its LeafLink ID',
	searchListMethod: 'searchProductLines',
	placeholder: 'e.g. 41',
});

export const productLineTarget: RecordTarget = {
	locator: productLineLocator,
	path: '/product-lines/',
	label: 'product line',
};

export const brandField: FieldSpec = {
	name: 'brand',
	displayName: 'Brand',
	kind: 'dropdown',
	method: 'loadBrands',
	description: 'Brand the product line belongs to',
};

export const nameField: FieldSpec = {
	name: 'name',
	displayName: 'Name',
	kind: 'string',
	maxLength: 100,
	description: 'Name of the product line (at most 100 characters)',
};

export const menuPositionField: FieldSpec = {
	name: 'menu_position',
	displayName: 'Menu Position',
	kind: 'integer',
	min: 0,
	description: 'Position of the product line on your menu',
};
