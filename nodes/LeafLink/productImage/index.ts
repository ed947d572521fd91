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
		{ value: 'getMany', name: 'Get Many', action: 'Get many product images', description: "List a product's images", sends: ['GET /product-images/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a product image', description: 'Get one image by ID', sends: ['GET /product-images/{id}/'], module: get },
		{ value: 'upload', name: 'Upload', action: 'Upload a product image', description: 'Upload an image from a binary field', sends: ['POST /product-images/'], module: upload },
		{ value: 'delete', name: 'Delete', action: 'Delete a product image', description: 'Delete an image', sends: ['DELETE /product-images/{id}/'], module: deleteImage },
	],
};
