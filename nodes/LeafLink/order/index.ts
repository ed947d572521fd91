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
		{ value: 'getMany', name: 'Get Many', action: 'Get many orders', description: 'List orders, with filters', sends: ['GET /orders-received/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get an order', description: 'Get one order by number', sends: ['GET /orders-received/{number}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create an order', description: 'Create a draft or submitted order', sends: ['POST /orders-received/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update an order', description: 'Change fields of an order', sends: ['PATCH /orders-received/{number}/'], module: update },
		{ value: 'delete', name: 'Delete', action: 'Delete a draft order', description: 'Delete an order that is still a draft', sends: ['GET /orders-received/{number}/', 'DELETE /orders-received/{number}/'], module: deleteOrder },
		{ value: 'transition', name: 'Transition', action: 'Transition an order', description: 'Submit, accept, fulfill, ship, complete, cancel or reject', sends: ['POST /orders-received/{number}/transition/{action}/'], module: transition },
		{ value: 'setExternalId', name: 'Set External ID', action: 'Set an external ID on an order', description: "Store an outside system's ID on the order", sends: ['PATCH /orders-received/{number}/'], module: setExternalId },
		{ value: 'removeExternalId', name: 'Remove External ID', action: 'Remove an external ID from an order', description: "Remove an outside system's ID from the order", sends: ['PATCH /orders-received/{number}/'], module: removeExternalId },
		{ value: 'getComments', name: 'Get Comments', action: 'Get the comments of an order', description: 'List the comments on an order', sends: ['GET /orders-received/{number}/comments/'], module: getComments },
		{
			value: 'getDeliveryInformation',
			name: 'Get Delivery Information',
			action: 'Get the delivery information of an order',
			description: 'Get how an order is delivered: acquire date and type, manifest number',
			sends: ['GET /orders/{order_number}/delivery-information/'],
			module: getDeliveryInformation,
		},
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update an order by external ID',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			sends: ['GET /orders-received/', 'PATCH /orders-received/{number}/', 'POST /orders-received/'],
			module: upsert,
		},
	],
};
