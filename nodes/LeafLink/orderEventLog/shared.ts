import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const eventLogLocator = idLocator({
	name: 'eventLogId',
	displayName: 'Event Log Entry',
	searchListMethod: 'searchOrderEventLogs',
	placeholder: 'e.g. 1401',
});

export const eventLogTarget: RecordTarget = {
	locator: eventLogLocator,
	path: '/order-event-logs/',
	label: 'order event log entry',
};
