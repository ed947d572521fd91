import type { ResourceDefinition } from '../shared/types';
import * as archive from './archive.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as removeExternalId from './removeExternalId.operation';
import * as setExternalId from './setExternalId.operation';
import * as setInventory from './setInventory.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const productResource: ResourceDefinition = {
	value: 'product',
	name: 'Product',
	description: 'Products on your LeafLink menu',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many products', description: 'List products, with filters', sends: ['GET /products/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a product', description: 'Get one product by ID', sends: ['GET /products/{id}/'], module: get },
		{
			value: 'create',
			name: 'Create',
			action: 'Create a product',
			description: "Create a product as LeafLink's field-mapping guide recommends",
			sends: ['GET /product-categories/{id}/', 'POST /products/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a product',
			description: 'Change fields of a product',
			sends: ['GET /products/{id}/', 'GET /product-categories/{id}/', 'GET /licenses/{id}/', 'PATCH /products/{id}/'],
			module: update,
		},
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update a product by external ID',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			sends: ['GET /products/', 'GET /product-categories/{id}/', 'GET /products/{id}/', 'GET /licenses/{id}/', 'POST /products/', 'PATCH /products/{id}/'],
			module: upsert,
		},
		{ value: 'archive', name: 'Archive', action: 'Archive a product', description: 'Take a product off your menu (LeafLink archives, never deletes)', sends: ['DELETE /products/{id}/'], module: archive },
		{ value: 'setInventory', name: 'Set Inventory', action: 'Set inventory of a product', description: 'Set the quantity in stock, optionally turning inventory management on', sends: ['PATCH /products/{id}/'], module: setInventory },
		{ value: 'setExternalId', name: 'Set External ID', action: 'Set an external ID on a product', description: "Store an outside system's ID on the product", sends: ['PATCH /products/{id}/'], module: setExternalId },
		{ value: 'removeExternalId', name: 'Remove External ID', action: 'Remove an external ID from a product', description: "Remove an outside system's ID from the product", sends: ['PATCH /products/{id}/'], module: removeExternalId },
	],
};
