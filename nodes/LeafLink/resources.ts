import { withCheckedParameters } from './shared/checkedParameters';
import type { ResourceDefinition } from './shared/types';
import { orderResource } from './order';
import { lineItemResource } from './lineItem';
import { paymentResource } from './payment';
import { orderSalesRepResource } from './orderSalesRep';
import { orderEventLogResource } from './orderEventLog';
import { buyerOrderResource } from './buyerOrder';
import { productResource } from './product';
import { productImageResource } from './productImage';
import { productLineResource } from './productLine';
import { strainResource } from './strain';
import { productCategoryResource } from './productCategory';
import { productSubcategoryResource } from './productSubcategory';
import { batchResource } from './batch';
import { batchAssignmentResource } from './batchAssignment';
import { batchDocumentResource } from './batchDocument';
import { inventoryItemResource } from './inventoryItem';
import { facilityResource } from './facility';
import { licenseResource } from './license';
import { licenseTypeResource } from './licenseType';
import { brandResource } from './brand';
import { customerResource } from './customer';
import { contactResource } from './contact';
import { activityEntryResource } from './activityEntry';
import { customerStatusResource } from './customerStatus';
import { customerTierResource } from './customerTier';
import { companyResource } from './company';
import { companyStaffResource } from './companyStaff';
import { promoCodeResource } from './promoCode';
import { reportResource } from './report';
import { creditResource } from './credit';
import { retailerInventoryResource } from './retailerInventory';

const definedResources: ResourceDefinition[] = [
	orderResource,
	lineItemResource,
	paymentResource,
	orderSalesRepResource,
	orderEventLogResource,
	buyerOrderResource,
	productResource,
	productImageResource,
	productLineResource,
	strainResource,
	productCategoryResource,
	productSubcategoryResource,
	batchResource,
	batchAssignmentResource,
	batchDocumentResource,
	inventoryItemResource,
	facilityResource,
	licenseResource,
	licenseTypeResource,
	brandResource,
	customerResource,
	contactResource,
	activityEntryResource,
	customerStatusResource,
	customerTierResource,
	companyResource,
	companyStaffResource,
	promoCodeResource,
	reportResource,
	creditResource,
	retailerInventoryResource,
];

/**
 * Every resource of the LeafLink node, each operation running on parameters checked against its own description
 * (shared/checkedParameters.ts). A resource with no operations yet is left out of the UI.
 */
export const allResources: ResourceDefinition[] = definedResources.map((resource) => ({
	...resource,
	operations: resource.operations.map((operation) => ({
		...operation,
		module: withCheckedParameters(operation.module),
	})),
}));

export const resources: ResourceDefinition[] = allResources.filter((r) => r.operations.length > 0);

export function findOperation(resource: string, operation: string) {
	return resources.find((r) => r.value === resource)?.operations.find((o) => o.value === operation);
}
