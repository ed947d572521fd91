import type { RecordTarget } from '../shared/records';
import { idLocator } from '../shared/records';

export const strainLocator = idLocator({ name: 'strainId', displayName: 'Strain', description: 'The strain, by its LeafLink ID', searchListMethod: 'searchStrains', placeholder: 'e.g. 31' });

export const strainTarget: RecordTarget = { locator: strainLocator, path: '/strains/', label: 'strain' };
