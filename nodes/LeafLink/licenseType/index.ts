import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const licenseTypeResource: ResourceDefinition = {
	value: 'licenseType',
	name: 'License Type',
	description: 'License types available on LeafLink',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many license types', description: 'List license types', sends: ['GET /license-types/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a license type', description: 'Get one license type by ID', sends: ['GET /license-types/{id}/'], module: get },
	],
};
