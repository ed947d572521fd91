import type { FieldSpec } from '../shared/fields';
import type { RecordTarget } from '../shared/operations';
import { batchLocator } from '../shared/locators';

export const batchTarget: RecordTarget = {
	locator: batchLocator,
	path: '/batches/',
	label: 'batch',
};

const cannabinoid = (name: string, displayName: string): FieldSpec => ({
	name,
	displayName,
	kind: 'decimal',
	min: 0,
	description: `${displayName} test result, in the Cannabinoid Unit`,
});

/** BatchCreate and BatchUpdate share these (BatchUpdate has no owner and no testing_source). */
export const batchResultFields: FieldSpec[] = [
	cannabinoid('thc', 'THC'),
	cannabinoid('thca', 'THCa'),
	cannabinoid('total_thc', 'Total THC'),
	cannabinoid('cbd', 'CBD'),
	cannabinoid('cbda', 'CBDa'),
	cannabinoid('cbg', 'CBG'),
	cannabinoid('cbn', 'CBN'),
	cannabinoid('total_cannabinoids', 'Total Cannabinoids'),
	{
		name: 'cannabinoid_unit',
		displayName: 'Cannabinoid Unit',
		kind: 'options',
		options: [
			{ name: '%', value: '%' },
			{ name: 'MG/G', value: 'MG/G' },
			{ name: 'MG/ML', value: 'MG/ML' },
		],
		default: '%',
		description: 'Unit of the test results',
	},
];

export const batchNumberField: FieldSpec = {
	name: 'production_batch_number',
	displayName: 'Production Batch Number',
	kind: 'string',
	maxLength: 50,
	description: 'Your batch number (at most 50 characters)',
};

export const batchDateField: FieldSpec = {
	name: 'batch_date',
	displayName: 'Batch Date',
	kind: 'date',
	description: 'Production date of the batch',
};

export const testingSourceField: FieldSpec = {
	name: 'testing_source',
	displayName: 'Testing Source',
	kind: 'string',
	description: 'Name of the lab or system the test results come from',
};
