import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/order-event-logs/',
	label: 'event log entries',
	filters: [
		{
			name: 'by',
			displayName: 'By',
			kind: 'text',
			param: 'by',
			description: 'Only events of the person with this username, first name or last name',
		},
		{
			name: 'order',
			displayName: 'Order Number',
			kind: 'uuid',
			param: 'order',
			placeholder: 'e.g. 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b',
			description: 'Only events of this order (its LeafLink number, a UUID)',
		},
	],
});
