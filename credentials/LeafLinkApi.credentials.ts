import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * One LeafLink company (App key) or one LeafLink user (legacy Token key).
 * Users with several companies create one credential per key; nothing in the nodes assumes a single one.
 */
export class LeafLinkApi implements ICredentialType {
	name = 'leafLinkApi';

	displayName = 'LeafLink API';

	icon: Icon = { light: 'file:leafLink.svg', dark: 'file:leafLink.dark.svg' };

	documentationUrl = 'https://developer.leaflink.com/brands/api/getting-started/';

	properties: INodeProperties[] = [
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			// The option values are the API base URLs themselves, so the base URL is a plain lookup
			options: [
				{ name: 'Production', value: 'https://app.leaflink.com/api/v2' },
				{ name: 'Sandbox', value: 'https://www.sandbox.leaflink.com/api/v2' },
				{
					name: 'Integrations Sandbox',
					value: 'https://www.leaflink-integrations.leaflink.com/api/v2',
				},
				{ name: 'Custom Base URL', value: 'custom' },
			],
			default: 'https://app.leaflink.com/api/v2',
			description: 'Which LeafLink environment the key belongs to. The sandbox is reset nightly.',
		},
		{
			displayName: 'Base URL',
			name: 'customBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://localhost:4010/api/v2',
			description:
				'Base URL of the V2 API, ending in /api/v2: a proxy, or the local LeafLink emulator',
			displayOptions: { show: { environment: ['custom'] } },
			required: true,
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'In LeafLink: Settings > Developer Options > API Keys. An App key reaches one company.',
		},
		{
			displayName: 'Key Type',
			name: 'keyType',
			type: 'options',
			options: [
				{
					name: 'App',
					value: 'App',
					description: 'Company key; LeafLink recommends it for integrations',
				},
				{
					name: 'Token (Legacy User Key)',
					value: 'Token',
					description: 'User key; reaches every company the user belongs to',
				},
			],
			default: 'App',
		},
		{
			displayName: 'User-Agent System Name',
			name: 'userAgent',
			type: 'string',
			default: 'n8n',
			required: true,
			placeholder: 'sage_intacct',
			description:
				'Name of the integrating system. LeafLink asks every integration to send it as the User-Agent header.',
		},
		{
			displayName: 'Webhook Key',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. In LeafLink: Settings > Developer Options > Webhook Key. The LeafLink Trigger uses it to verify the LL-Signature of each delivery.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '={{$credentials.keyType + " " + $credentials.apiKey}}',
				'User-Agent': '={{$credentials.userAgent}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.environment === "custom" ? $credentials.customBaseUrl.replace(/\\/+$/, "") : $credentials.environment}}',
			url: '/companies/',
			qs: { limit: 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'LeafLink rejected the API key. Check the key and its type (App or Token).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'LeafLink accepted the key but it may not read companies (403).',
				},
			},
		],
	};
}
