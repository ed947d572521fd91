import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const imageLocator = idLocator({
	name: 'imageId',
	displayName: 'Product Image',
	description: 'The product image, by its LeafLink ID',
	placeholder: 'e.g. 961',
});

export const imageTarget: RecordTarget = {
	locator: imageLocator,
	path: '/product-images/',
	label: 'product image',
};
