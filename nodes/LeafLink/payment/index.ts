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
			sends: ['GET /order-payments/', 'GET /orders-received/{number}/payments/'],
			module: getMany,
		},
		{ value: 'get', name: 'Get', action: 'Get a payment', description: 'Get one payment by ID', sends: ['GET /order-payments/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Record a payment', description: 'Record a payment against an order', sends: ['POST /order-payments/'], module: create },
	],
};
