import type { IDataObject } from 'n8n-workflow';
import { optionsCollection, responseShapeQuery, selectedFieldsQuery } from '../shared/output';
import { getRecordOperation } from '../shared/operations';
import { customerOutput, customerTarget, includeChildrenOptions } from './shared';

export const { description, execute } = getRecordOperation(
	customerTarget,
	[optionsCollection(includeChildrenOptions)],
	(ctx, itemIndex) => {
		const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
		return {
			...responseShapeQuery(options),
			...selectedFieldsQuery(ctx, itemIndex, customerOutput, options),
		};
	},
);
