import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import { productOptionalProperties, productRequiredProperties } from './fields';
import { productBody } from './body';
import { simplifyProduct } from './shared';

const required = productRequiredProperties();

export const description: INodeProperties[] = [
	...required,
	{
		displayName: 'Apply LeafLink Recommended Defaults',
		name: 'applyDefaults',
		type: 'boolean',
		default: true,
		description:
			"Whether to fill what is left empty with LeafLink's documented defaults: description = name, unit multiplier 1, retail and sale price 0.00, minimum order 0.01, maximum order 100000, available for samples, not featured, listing state Available, managed inventory, unit of measure Unit, unit denomination 1, strain classification N/A, manufacturer = seller",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: productOptionalProperties(),
	},
	...outputFields(),
];

/** The values of the Create form (required fields, Base Units Per Unit, Additional Fields), keyed by API field name. */
export function createFormValues(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const values: IDataObject = {};
	for (const field of required) {
		if (field.name === 'base_units_per_unit') continue;
		values[field.name] = ctx.getNodeParameter(
			field.name,
			itemIndex,
			undefined,
		) as unknown as IDataObject[string];
	}
	// shown with the generic Unit measure only; 0 (its empty value) is "not given"
	const baseUnits = ctx.getNodeParameter('base_units_per_unit', itemIndex, 0) as unknown;
	if (
		baseUnits !== 0 &&
		baseUnits !== '0' &&
		baseUnits !== '' &&
		baseUnits !== undefined &&
		baseUnits !== null
	)
		values.base_units_per_unit = baseUnits as IDataObject[string];
	const additional = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	for (const [key, value] of Object.entries(additional)) values[key] = value;
	return values;
}

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const values = createFormValues(this, itemIndex);
	const applyDefaults = this.getNodeParameter('applyDefaults', itemIndex, true) as boolean;
	const body = await productBody(this, client, itemIndex, values, {
		mode: 'create',
		applyDefaults,
	});
	const product = await client.request<IDataObject>('POST', '/products/', {
		body,
		operation: 'Create a product',
		itemIndex,
		verifyHint: `Look for SKU "${String(body.sku)}" (Get Many, filter SKUs) before creating it again.`,
	});
	return shapeOutput(this, itemIndex, product, { simplify: simplifyProduct });
}
