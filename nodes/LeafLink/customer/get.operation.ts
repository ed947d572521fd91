import type { IDataObject } from 'n8n-workflow';
import { toList } from '../shared/descriptions';
import { getRecordOperation } from '../shared/records';
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
		const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
		return {
			include_children: toList(options.includeChildren),
			fields_include: toList(options.fieldsInclude),
			fields_exclude: toList(options.fieldsExclude),
		};
	},
);
