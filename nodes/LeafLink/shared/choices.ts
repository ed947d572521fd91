/** LeafLink's fixed value lists that several resources offer. */

export const STRAIN_CLASSIFICATIONS: Array<{ name: string; value: string }> = [
	{ name: '1:1 CBD', value: '11-cbd' },
	{ name: 'High CBD', value: 'high-cbd' },
	{ name: 'Hybrid', value: 'hybrid' },
	{ name: 'Indica', value: 'indica' },
	{ name: 'Indica Hybrid', value: 'indica-hybrid' },
	{ name: 'Not Applicable', value: 'na' },
	{ name: 'Sativa', value: 'sativa' },
	{ name: 'Sativa Hybrid', value: 'sativa-hybrid' },
];
