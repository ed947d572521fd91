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
			toolDescription:
				'Lists line items across all orders, or of one order addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too). Returns one item per line: id, order number (UUID), product ID and name, SKU, quantity, unit and sale price, line total, notes, batch. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /line-items/', 'GET /orders-received/{number}/line-items/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a line item',
			description: 'Get one line item by ID',
			toolDescription:
				'Gets one line item by a whole-number ID, e.g. 1042. Returns the line item: id, order number (UUID), product ID and name, SKU, quantity, unit and sale price, line total, notes, batch.',
			sends: ['GET /line-items/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Add a line item to an order',
			description: 'Add a product to an order',
			toolDescription:
				'Adds a product (a whole-number product ID) with a quantity and prices to one order, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too). Returns the new line item: id, order number (UUID), product ID and name, SKU, quantity, unit and sale price, line total, notes, batch. Each call adds another line.',
			sends: ['POST /line-items/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a line item',
			description: 'Change quantity, prices or notes of a line',
			toolDescription:
				'Changes the given fields of one line item, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated line item: id, order number (UUID), product ID and name, SKU, quantity, unit and sale price, line total, notes, batch.',
			sends: ['PATCH /line-items/{id}/'],
			module: update,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a line item',
			description: 'Take a line off its order',
			toolDescription:
				'Takes one line item, addressed by a whole-number ID, e.g. 1042, off its order. Returns {id, deleted: true}.',
			sends: ['DELETE /line-items/{id}/'],
			module: deleteOp,
		},
	],
};
