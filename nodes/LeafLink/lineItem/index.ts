import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteOp from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const lineItemResource: ResourceDefinition = {
	value: 'lineItem',
	name: 'Line Item',
	description: 'Products on an order',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many line items',
			description: 'List line items across orders, or of one order',
			sends: ['GET /line-items/', 'GET /orders-received/{number}/line-items/'],
			module: getMany,
		},
		{ value: 'get', name: 'Get', action: 'Get a line item', description: 'Get one line item by ID', sends: ['GET /line-items/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Add a line item to an order', description: 'Add a product to an order', sends: ['POST /line-items/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update a line item', description: 'Change quantity, prices or notes of a line', sends: ['PATCH /line-items/{id}/'], module: update },
		{ value: 'delete', name: 'Delete', action: 'Delete a line item', description: 'Take a line off its order', sends: ['DELETE /line-items/{id}/'], module: deleteOp },
	],
};
