import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const companyResource: ResourceDefinition = {
	value: 'company',
	name: 'Company',
	description: 'Companies the key reaches',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many companies',
			description: 'List the companies your key reaches',
			toolDescription:
				'Lists the companies your API key reaches (use their whole-number IDs as seller or owner elsewhere). Returns one item per company: id, name, type (seller or buyer) and licenses. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /companies/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a company',
			description: 'Get one company by ID',
			toolDescription:
				'Gets one company by a whole-number ID, e.g. 1042. Returns the company: id, name, type (seller or buyer) and licenses.',
			sends: ['GET /companies/{id}/'],
			module: get,
		},
	],
};
