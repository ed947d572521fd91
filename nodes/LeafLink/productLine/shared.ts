import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';
import { fail, isBlank, toId, toNumber } from '../shared/validators';

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

export const brandField: INodeProperties = {
	displayName: 'Brand Name or ID',
	name: 'brand',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'loadBrands' },
	default: '',
	description:
		'Brand the product line belongs to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	description: 'Name of the product line (at most 100 characters)',
};

export const menuPositionField: INodeProperties = {
	displayName: 'Menu Position',
	name: 'menu_position',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: 'Position of the product line on your menu',
};

/** ProductLineCreate / ProductLineUpdate body from the values given; every given value validated, none dropped. */
export function productLineBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	for (const [key, raw] of Object.entries(values)) {
		switch (key) {
			case 'name': {
				if (isBlank(raw)) fail(ctx, itemIndex, 'Name is empty', 'Give the product line a name.');
				const name = String(raw).trim();
				if (name.length > 100)
					fail(ctx, itemIndex, `Name is ${name.length} characters; LeafLink allows at most 100`);
				body.name = name;
				break;
			}
			case 'brand':
				body.brand = toId(ctx, itemIndex, raw, 'Brand');
				break;
			case 'menu_position': {
				const n = toNumber(ctx, itemIndex, raw, 'Menu Position', { min: 0 });
				if (!Number.isInteger(n))
					fail(ctx, itemIndex, `Menu Position must be a whole number, not ${n}`);
				body.menu_position = n;
				break;
			}
			default:
				fail(ctx, itemIndex, `Unknown product line field "${key}"`);
		}
	}
	return body;
}
