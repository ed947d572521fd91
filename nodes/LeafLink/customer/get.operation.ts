import type { IDataObject } from 'n8n-workflow';
import { responseShapeQuery } from '../shared/output';
import { getRecordOperation } from '../shared/operations';
import { customerTarget, includeChildrenOptions } from './shared';

export const { description, execute } = getRecordOperation(
	customerTarget,
	[
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: includeChildrenOptions,
		},
	],
	(ctx, itemIndex) => {
		return responseShapeQuery(ctx.getNodeParameter('options', itemIndex, {}) as IDataObject);
	},
);
