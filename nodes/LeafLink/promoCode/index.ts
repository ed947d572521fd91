import type { ResourceDefinition } from '../shared/types';

export const promoCodeResource: ResourceDefinition = {
	value: 'promoCode',
	name: 'Promo Code',
	description: 'Promo codes',
	operations: [],
};
