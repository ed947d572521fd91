import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const licenseResource: ResourceDefinition = {
	value: 'license',
	name: 'License',
	description: 'Licenses of your companies',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many licenses', description: 'List licenses', sends: ['GET /licenses/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a license', description: 'Get one license by ID', sends: ['GET /licenses/{id}/'], module: get },
	],
};
