import type { ResourceDefinition } from '../shared/types';
import * as getMany from './getMany.operation';

export const buyerOrderResource: ResourceDefinition = {
	value: 'buyerOrder',
	name: 'Buyer Order',
	description: 'Orders your company placed as buyer',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many buyer orders', description: 'List the orders your company placed with sellers', sends: ['GET /buyer/orders/'], module: getMany },
	],
};
