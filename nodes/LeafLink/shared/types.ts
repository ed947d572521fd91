import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';

/** What one operation answers for one input item: a record, several records, or nothing (e.g. a delete). */
export type OperationResult = IDataObject | IDataObject[] | undefined;

/** One `*.operation.ts` file: its UI fields (unscoped; the resource scopes them) and what it does per item. */
export interface OperationModule {
	description: INodeProperties[];
	execute(
		this: IExecuteFunctions,
		client: LeafLinkClient,
		itemIndex: number,
	): Promise<OperationResult>;
}

/** An operation as a resource lists it. */
export interface OperationEntry {
	value: string;
	name: string;
	/** n8n's action label, e.g. "Get many orders" */
	action: string;
	description: string;
	/**
	 * What an AI model reads when the node runs as a tool (the LeafLink Tool's Description field): what the operation
	 * does, what it returns, the form of the IDs it takes (order and report numbers are UUIDs, other IDs whole
	 * numbers) and the allowed values. n8n's own text would only be "<action> in LeafLink".
	 */
	toolDescription: string;
	/**
	 * The OpenAPI operations (METHOD + path template) this operation can send: the coverage map
	 * that a test holds against marketplace-v2.openapi.yml.
	 */
	sends: string[];
	module: OperationModule;
}

export interface ResourceDefinition {
	value: string;
	name: string;
	description?: string;
	operations: OperationEntry[];
}
