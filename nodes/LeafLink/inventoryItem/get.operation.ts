import type { IDataObject } from 'n8n-workflow';
import { getRecordOperation } from '../shared/operations';
import { includeArchivedOption, inventoryItemTarget } from './shared';

export const { description, execute } = getRecordOperation(
	inventoryItemTarget,
	[includeArchivedOption],
	(ctx, itemIndex) => ({
		include_archived:
			(ctx.getNodeParameter('options', itemIndex, {}) as IDataObject).includeArchived === true
				? true
				: undefined,
	}),
);
