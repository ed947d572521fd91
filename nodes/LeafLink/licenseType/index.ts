import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const licenseTypeResource: ResourceDefinition = {
	value: 'licenseType',
	name: 'License Type',
	description: 'License types available on LeafLink',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many license types',
			description: 'List license types',
			toolDescription:
				'Lists license types, filtered by the given filters. Returns one item per license type: id, name and state. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /license-types/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a license type',
			description: 'Get one license type by ID',
			toolDescription:
				'Gets one license type by a whole-number ID, e.g. 1042. Returns the license type: id, name and state.',
			sends: ['GET /license-types/{id}/'],
			module: get,
		},
	],
};
