import { listRecordsOperation } from '../shared/records';
import { productIdOf, productLocator } from '../product/shared';

export const { description, execute } = listRecordsOperation({
	path: '/product-images/',
	label: 'product images',
	before: [{ ...productLocator, description: 'The product whose images to list' }],
	query: (ctx, itemIndex) => ({ product: productIdOf(ctx, itemIndex) }),
});
