import type { ResourceDefinition } from '../shared/types';
import * as deleteImage from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as upload from './upload.operation';

export const productImageResource: ResourceDefinition = {
	value: 'productImage',
	name: 'Product Image',
	description: 'Images of your products',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many product images',
			description: "List a product's images",
			toolDescription:
				'Lists the images of one product, addressed by a whole-number ID, e.g. 1042. Returns one item per image: id, product ID, image URL and position. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /product-images/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product image',
			description: 'Get one image by ID',
			toolDescription:
				'Gets one product image by a whole-number ID, e.g. 1042. Returns the product image: id, product ID, image URL and position.',
			sends: ['GET /product-images/{id}/'],
			module: get,
		},
		{
			value: 'upload',
			name: 'Upload',
			action: 'Upload a product image',
			description: 'Upload an image from a binary field',
			toolDescription:
				"Uploads an image from the input item's binary field to one product, addressed by a whole-number ID, e.g. 1042, at an optional position (a whole number). Returns the new image: id, product ID, image URL and position.",
			sends: ['POST /product-images/'],
			module: upload,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a product image',
			description: 'Delete an image',
			toolDescription:
				'Deletes one product image, addressed by a whole-number ID, e.g. 1042. Returns {id, deleted: true}.',
			sends: ['DELETE /product-images/{id}/'],
			module: deleteImage,
		},
	],
};
