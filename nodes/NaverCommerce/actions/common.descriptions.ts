import type { INodeProperties } from 'n8n-workflow';

type Show = Record<string, string[]>;

/** n8n's usual Return All / Limit pair, shown for the given resource and operation. */
export function returnAllAndLimit(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			displayOptions: { show },
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			displayOptions: { show: { ...show, returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}

/** Product order IDs: one, several separated by commas, or an array mapped from earlier nodes. */
export function productOrderIdsField(show: Show, description: string): INodeProperties {
	return {
		displayName: 'Product Order IDs',
		name: 'productOrderIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: '2024010112345678, 2024010112345679',
		displayOptions: { show },
		description: `${description}. Several IDs may be separated by commas, or mapped as an array from an earlier node.`,
	};
}
