import type { ResourceDefinition } from '../shared/types';
import * as getMany from './getMany.operation';

export const buyerOrderResource: ResourceDefinition = {
	value: 'buyerOrder',
	name: 'Buyer Order',
	description: 'Orders your company placed as buyer',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many buyer orders',
			description: 'List the orders your company placed with sellers',
			toolDescription:
				'Lists the orders your company placed with sellers (as buyer), with filters. Returns one item per order: number (UUID), status, seller, total, created date; order numbers are UUIDs. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /buyer/orders/'],
			module: getMany,
		},
	],
};
