import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const paymentResource: ResourceDefinition = {
	value: 'payment',
	name: 'Payment',
	description: 'Payments recorded against orders',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many payments',
			description: 'List payments, of all orders or of one',
			toolDescription:
				'Lists payments of all orders, or of one order addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too). Returns one item per payment: id, order number (UUID), amount, currency, payment date, payment type, reason, recorded by. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /order-payments/', 'GET /orders-received/{number}/payments/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a payment',
			description: 'Get one payment by ID',
			toolDescription:
				'Gets one payment by a whole-number ID, e.g. 1042. Returns the payment: id, order number (UUID), amount, currency, payment date, payment type, reason, recorded by.',
			sends: ['GET /order-payments/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Record a payment',
			description: 'Record a payment against an order',
			toolDescription:
				'Records a payment against one order, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too): amount (a number, e.g. 250.5), payment date (YYYY-MM-DD) and the staff member who recorded it (a whole-number ID). Returns the new payment: id, order number (UUID), amount, currency, payment date, payment type, reason, recorded by. Each call records another payment.',
			sends: ['POST /order-payments/'],
			module: create,
		},
	],
};
