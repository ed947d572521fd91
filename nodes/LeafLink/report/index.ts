import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const reportResource: ResourceDefinition = {
	value: 'report',
	name: 'Report',
	description: 'Report downloads',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many reports', description: 'List requested reports', sends: ['GET /reports/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a report', description: 'Get one report, with its status and download link', sends: ['GET /reports/{number}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create a report', description: 'Ask LeafLink to build a report', sends: ['POST /reports/'], module: create },
	],
};
