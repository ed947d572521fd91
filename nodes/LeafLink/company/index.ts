import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const companyResource: ResourceDefinition = {
	value: 'company',
	name: 'Company',
	description: 'Companies the key reaches',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many companies', description: 'List the companies your key reaches', sends: ['GET /companies/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a company', description: 'Get one company by ID', sends: ['GET /companies/{id}/'], module: get },
	],
};
