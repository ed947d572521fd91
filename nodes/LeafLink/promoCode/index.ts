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
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many promo codes',
			description: 'List promo codes',
			toolDescription:
				'Lists promo codes, filtered by the given filters. Returns one item per promo code: id, code, brand ID, percentage discount, start and end date. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /promocodes/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a promo code',
			description: 'Get one promo code by ID',
			toolDescription:
				'Gets one promo code by a whole-number ID, e.g. 1042. Returns the promo code: id, code, brand ID, percentage discount, start and end date.',
			sends: ['GET /promocodes/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a promo code',
			description: 'Create a percentage promo code for a brand',
			toolDescription:
				'Creates a percentage promo code for a brand (whole-number ID): code text, start and end (date and time, ISO 8601, e.g. 2024-05-01T00:00:00Z) and a discount percent from 0 to 100. Returns the new promo code: id, code, brand ID, percentage discount, start and end date.',
			sends: ['POST /promocodes/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a promo code',
			description: 'Change a promo code',
			toolDescription:
				'Changes the given fields of one promo code, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated promo code: id, code, brand ID, percentage discount, start and end date.',
			sends: ['PATCH /promocodes/{id}/'],
			module: update,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a promo code',
			description: 'Delete a promo code',
			toolDescription:
				'Deletes one promo code, addressed by a whole-number ID, e.g. 1042. Returns {id, deleted: true}.',
			sends: ['DELETE /promocodes/{id}/'],
			module: deleteOp,
		},
	],
};
