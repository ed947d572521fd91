import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const licenseResource: ResourceDefinition = {
	value: 'license',
	name: 'License',
	description: 'Licenses of your companies',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many licenses',
			description: 'List licenses',
			toolDescription:
				'Lists licenses, filtered by the given filters. Returns one item per license: id, license number, license type, state and company. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /licenses/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a license',
			description: 'Get one license by ID',
			toolDescription:
				'Gets one license by a whole-number ID, e.g. 1042. Returns the license: id, license number, license type, state and company.',
			sends: ['GET /licenses/{id}/'],
			module: get,
		},
	],
};
