import { listRecordsOperation } from '../shared/operations';
import { productIdOf, productLocator } from '../shared/locators';

export const { description, execute } = listRecordsOperation({
	path: '/product-images/',
	label: 'product images',
	before: [{ ...productLocator, description: 'The product whose images to list' }],
	query: (ctx, itemIndex) => ({ product: productIdOf(ctx, itemIndex) }),
});
