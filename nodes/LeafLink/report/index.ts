import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const reportResource: ResourceDefinition = {
	value: 'report',
	name: 'Report',
	description: 'Report downloads',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many reports',
			description: 'List requested reports',
			toolDescription:
				'Lists reports your company requested. Returns one item per report: number (UUID), report type, status and, once LeafLink has built it, a download link. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /reports/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a report',
			description: 'Get one report, with its status and download link',
			toolDescription:
				'Gets one report by its report number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b. Returns number (UUID), report type, status and, once LeafLink has built it, a download link; until LeafLink has built it there is no download link, so fetch it again later.',
			sends: ['GET /reports/{number}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a report',
			description: 'Ask LeafLink to build a report',
			toolDescription:
				'Asks LeafLink to build a report for a company (whole-number ID) of a report type, with its filters as a JSON object, e.g. {"status": "Accepted"}. Returns the report request: number (UUID), report type, status and, once LeafLink has built it, a download link; the report is built in the background, so fetch it later with Get.',
			sends: ['POST /reports/'],
			module: create,
		},
	],
};
