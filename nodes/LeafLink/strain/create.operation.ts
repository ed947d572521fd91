import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail, isBlank, toId, toList } from '../shared/validators';
import { STRAIN_CLASSIFICATIONS } from '../shared/choices';
import { companyField } from '../shared/fields';

export const description: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'Name of the strain',
	},
	{
		displayName: 'Strain Classification',
		name: 'strain_classification',
		type: 'options',
		options: STRAIN_CLASSIFICATIONS,
		default: 'hybrid',
		required: true,
		description: 'Classification of the strain',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			companyField('Company', 'company', 'Company creating the strain', false),
			{
				displayName: 'Parent Strain Names or IDs',
				name: 'parents',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'loadStrains' },
				default: [],
				description:
					'Strains this one descends from. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const name = this.getNodeParameter('name', itemIndex, undefined) as unknown;
	if (isBlank(name)) fail(this, itemIndex, 'Name is required', 'Give the strain a name.');
	const classification = String(
		this.getNodeParameter('strain_classification', itemIndex, '') ?? '',
	).trim();
	const allowed = STRAIN_CLASSIFICATIONS.map((s) => s.value);
	if (!allowed.includes(classification))
		fail(
			this,
			itemIndex,
			`Strain Classification must be one of ${allowed.join(', ')}, not "${classification}"`,
		);
	const body: IDataObject = { name: String(name).trim(), strain_classification: classification };
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	if ('company' in additional) body.company = toId(this, itemIndex, additional.company, 'Company');
	if ('parents' in additional) {
		const parents = toList(additional.parents).map((id) =>
			toId(this, itemIndex, id, 'Parent Strains'),
		);
		if (parents.length === 0)
			fail(
				this,
				itemIndex,
				'Parent Strains is empty',
				'Choose one or more strains, or remove the field.',
			);
		body.parents = parents;
	}
	return await client.request<IDataObject>('POST', '/strains/', {
		body,
		operation: 'Create a strain',
		itemIndex,
		verifyHint: 'Look for the strain (Get Many, filter Name) before creating it again.',
	});
}
