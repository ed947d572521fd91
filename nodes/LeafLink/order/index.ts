import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteOrder from './delete.operation';
import * as get from './get.operation';
import * as getComments from './getComments.operation';
import * as getDeliveryInformation from './getDeliveryInformation.operation';
import * as getMany from './getMany.operation';
import * as removeExternalId from './removeExternalId.operation';
import * as setExternalId from './setExternalId.operation';
import * as transition from './transition.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const orderResource: ResourceDefinition = {
	value: 'order',
	name: 'Order',
	description: 'Orders your company received as seller',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many orders',
			description: 'List orders, with filters',
			toolDescription:
				'Lists orders your company received as seller, filtered by status (Draft, Submitted, Accepted, Backorder, Fulfilled, Shipped, Complete, Rejected, Combined, Cancelled), customer, dates or external ID. Returns one item per order: number (UUID), short_id, status, customer, total, paid, ship date, available_transitions and, when embedded, line items. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /orders-received/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an order',
			description: 'Get one order by number',
			toolDescription:
				'Gets one order by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too). Returns the order: number (UUID), short_id, status, customer, total, paid, ship date, available_transitions and, when embedded, line items.',
			sends: ['GET /orders-received/{number}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create an order',
			description: 'Create a draft or submitted order',
			toolDescription:
				'Creates an order your company sells: seller (a company ID, a whole number), customer (a whole-number ID), status Draft or Submitted, and line items (product ID, quantity, price). Returns the new order: number (UUID), short_id, status, customer, total, paid, ship date, available_transitions and, when embedded, line items. Each call creates another order, so call it once per order.',
			sends: ['POST /orders-received/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an order',
			description: 'Change fields of an order',
			toolDescription:
				'Changes the given fields of one order, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too); fields not given stay as they are. Returns the updated order: number (UUID), short_id, status, customer, total, paid, ship date, available_transitions and, when embedded, line items.',
			sends: ['PATCH /orders-received/{number}/'],
			module: update,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a draft order',
			description: 'Delete an order that is still a draft',
			toolDescription:
				'Deletes an order that is still a Draft, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too); any other status is refused (cancel it with Transition instead). Returns {number, deleted: true}.',
			sends: ['GET /orders-received/{number}/', 'DELETE /orders-received/{number}/'],
			module: deleteOrder,
		},
		{
			value: 'transition',
			name: 'Transition',
			action: 'Transition an order',
			description: 'Submit, accept, fulfill, ship, complete, cancel or reject',
			toolDescription:
				"Moves one order, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too), to its next status: submit (Draft → Submitted), accept (Submitted → Accepted), fulfill (Accepted → Fulfilled), ship (Fulfilled → Shipped), complete (Fulfilled or Shipped → Complete), reject (Submitted → Rejected), cancel (any status before Shipped → Cancelled). LeafLink refuses a change the current status does not allow; the order's available_transitions lists the allowed ones. Returns the updated order: number (UUID), short_id, status, customer, total, paid, ship date, available_transitions and, when embedded, line items.",
			sends: ['POST /orders-received/{number}/transition/{action}/'],
			module: transition,
		},
		{
			value: 'setExternalId',
			name: 'Set External ID',
			action: 'Set an external ID on an order',
			description: "Store an outside system's ID on the order",
			toolDescription:
				'Stores outside systems\' IDs (key/value text pairs, e.g. key "erp", value "SO-1001") on one order, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too); other keys are kept. Returns the updated order with its external IDs.',
			sends: ['PATCH /orders-received/{number}/'],
			module: setExternalId,
		},
		{
			value: 'removeExternalId',
			name: 'Remove External ID',
			action: 'Remove an external ID from an order',
			description: "Remove an outside system's ID from the order",
			toolDescription:
				'Removes outside systems\' IDs, by key (e.g. "erp"), from one order, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too); other keys are kept. Returns the updated order with its external IDs.',
			sends: ['PATCH /orders-received/{number}/'],
			module: removeExternalId,
		},
		{
			value: 'getComments',
			name: 'Get Comments',
			action: 'Get the comments of an order',
			description: 'List the comments on an order',
			toolDescription:
				'Lists the comments on one order, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too). Returns one item per comment: id, text, author and date.',
			sends: ['GET /orders-received/{number}/comments/'],
			module: getComments,
		},
		{
			value: 'getDeliveryInformation',
			name: 'Get Delivery Information',
			action: 'Get the delivery information of an order',
			description: 'Get how an order is delivered: acquire date and type, manifest number',
			toolDescription:
				'Gets how one order, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too), is delivered. Returns its acquire date, acquire type and manifest number.',
			sends: ['GET /orders/{order_number}/delivery-information/'],
			module: getDeliveryInformation,
		},
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update an order by external ID',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			toolDescription:
				'Creates an order, or updates the one whose external ID under the given key already has the given value (external IDs are key/value text pairs of outside systems). Returns the order (number (UUID), short_id, status, customer, total, paid, ship date, available_transitions and, when embedded, line items) with _action "created" or "updated". The order number is a UUID.',
			sends: [
				'GET /orders-received/',
				'PATCH /orders-received/{number}/',
				'POST /orders-received/',
			],
			module: upsert,
		},
	],
};
