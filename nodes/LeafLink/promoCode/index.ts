import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteOp from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const promoCodeResource: ResourceDefinition = {
	value: 'promoCode',
	name: 'Promo Code',
	description: 'Promo codes',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many promo codes', description: 'List promo codes', sends: ['GET /promocodes/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a promo code', description: 'Get one promo code by ID', sends: ['GET /promocodes/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create a promo code', description: 'Create a percentage promo code for a brand', sends: ['POST /promocodes/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update a promo code', description: 'Change a promo code', sends: ['PATCH /promocodes/{id}/'], module: update },
		{ value: 'delete', name: 'Delete', action: 'Delete a promo code', description: 'Delete a promo code', sends: ['DELETE /promocodes/{id}/'], module: deleteOp },
	],
};
