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
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many products',
			description: 'List products, with filters',
			toolDescription:
				'Lists products, filtered by the given filters. Returns one item per product: id, name, SKU, brand, category, listing state, wholesale and retail price, unit of measure, inventory quantity, external IDs. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /products/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product',
			description: 'Get one product by ID',
			toolDescription:
				'Gets one product by a whole-number ID, e.g. 1042. Returns the product: id, name, SKU, brand, category, listing state, wholesale and retail price, unit of measure, inventory quantity, external IDs.',
			sends: ['GET /products/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a product',
			description: "Create a product as LeafLink's field-mapping guide recommends",
			toolDescription:
				'Creates a product: seller (company ID), name, SKU, brand, category and subcategory (whole-number IDs), unit of measure, base units per unit, license, listing state (Available, Backorder, Internal, Unavailable, Sample or Archived) and wholesale price (a number). Returns the new product: id, name, SKU, brand, category, listing state, wholesale and retail price, unit of measure, inventory quantity, external IDs. Each call creates another product.',
			sends: ['GET /product-categories/{id}/', 'POST /products/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a product',
			description: 'Change fields of a product',
			toolDescription:
				'Changes the given fields of one product, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated product: id, name, SKU, brand, category, listing state, wholesale and retail price, unit of measure, inventory quantity, external IDs.',
			sends: [
				'GET /products/{id}/',
				'GET /product-categories/{id}/',
				'GET /licenses/{id}/',
				'PATCH /products/{id}/',
			],
			module: update,
		},
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update a product by external ID',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			toolDescription:
				'Creates a product, or updates the one whose external ID under the given key already has the given value (external IDs are key/value text pairs of outside systems). Returns the product (id, name, SKU, brand, category, listing state, wholesale and retail price, unit of measure, inventory quantity, external IDs) with _action "created" or "updated".',
			sends: [
				'GET /products/',
				'GET /product-categories/{id}/',
				'GET /products/{id}/',
				'GET /licenses/{id}/',
				'POST /products/',
				'PATCH /products/{id}/',
			],
			module: upsert,
		},
		{
			value: 'archive',
			name: 'Archive',
			action: 'Archive a product',
			description: 'Take a product off your menu (LeafLink archives, never deletes)',
			toolDescription:
				'Takes one product, addressed by a whole-number ID, e.g. 1042, off your menu: LeafLink archives it (never deletes). Returns the archived product: id, name, SKU, brand, category, listing state, wholesale and retail price, unit of measure, inventory quantity, external IDs.',
			sends: ['DELETE /products/{id}/'],
			module: archive,
		},
		{
			value: 'setInventory',
			name: 'Set Inventory',
			action: 'Set inventory of a product',
			description: 'Set the quantity in stock, optionally turning inventory management on',
			toolDescription:
				'Sets the quantity in stock (a number) of one product, addressed by a whole-number ID, e.g. 1042, optionally turning inventory management on. Returns the updated product: id, name, SKU, brand, category, listing state, wholesale and retail price, unit of measure, inventory quantity, external IDs.',
			sends: ['PATCH /products/{id}/'],
			module: setInventory,
		},
		{
			value: 'setExternalId',
			name: 'Set External ID',
			action: 'Set an external ID on a product',
			description: "Store an outside system's ID on the product",
			toolDescription:
				'Stores outside systems\' IDs (key/value text pairs, e.g. key "erp", value "SO-1001") on one product, addressed by a whole-number ID, e.g. 1042; other keys are kept. Returns the updated product with its external IDs.',
			sends: ['PATCH /products/{id}/'],
			module: setExternalId,
		},
		{
			value: 'removeExternalId',
			name: 'Remove External ID',
			action: 'Remove an external ID from a product',
			description: "Remove an outside system's ID from the product",
			toolDescription:
				'Removes outside systems\' IDs, by key (e.g. "erp"), from one product, addressed by a whole-number ID, e.g. 1042; other keys are kept. Returns the updated product with its external IDs.',
			sends: ['PATCH /products/{id}/'],
			module: removeExternalId,
		},
	],
};
