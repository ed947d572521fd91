import type { INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';
import { LeafLinkV1 } from './v1/LeafLinkV1';

/**
 * The LeafLink node, by version. A breaking change ships as a new version class beside LeafLinkV1 (and becomes the
 * default), so workflows saved with version 1 keep running on version 1.
 */
export class LeafLink extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'LeafLink',
			name: 'leafLink',
			icon: { light: 'file:leafLink.svg', dark: 'file:leafLink.dark.svg' },
			group: ['transform'],
			subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
			description: 'Sell on LeafLink: orders, products, inventory, batches, customers and more',
			usableAsTool: true,
			defaultVersion: 1,
		};

		const nodeVersions: IVersionedNodeType['nodeVersions'] = {
			1: new LeafLinkV1(baseDescription),
		};

		super(nodeVersions, baseDescription);
	}
}
