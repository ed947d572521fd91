import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const orderEventLogResource: ResourceDefinition = {
	value: 'orderEventLog',
	name: 'Order Event Log',
	description: 'What happened to an order, and when',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many order events',
			description: 'List order events, e.g. of one order',
			toolDescription:
				'Lists order events (status changes and other edits), e.g. of one order by its number (a UUID). Returns one item per event: id, order number (UUID), what changed (e.g. a status change), who made it and when. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /order-event-logs/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an order event',
			description: 'Get one order event by ID',
			toolDescription:
				'Gets one order event by a whole-number ID, e.g. 1042. Returns the order event: id, order number (UUID), what changed (e.g. a status change), who made it and when.',
			sends: ['GET /order-event-logs/{id}/'],
			module: get,
		},
	],
};
