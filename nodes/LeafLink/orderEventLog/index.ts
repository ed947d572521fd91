import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const orderEventLogResource: ResourceDefinition = {
	value: 'orderEventLog',
	name: 'Order Event Log',
	description: 'What happened to an order, and when',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many order events', description: 'List order events, e.g. of one order', sends: ['GET /order-event-logs/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get an order event', description: 'Get one order event by ID', sends: ['GET /order-event-logs/{id}/'], module: get },
	],
};
