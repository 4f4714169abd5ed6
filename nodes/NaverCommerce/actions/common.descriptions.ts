import type { INodeProperties } from 'n8n-workflow';

/**
 * Fields more than one operation has. They carry no resource or operation: each operation adds
 * its own display options with updateDisplayOptions.
 */

/** n8n's usual Return All / Limit pair. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			displayOptions: { show: { returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}

/** Product order IDs: one, several separated by commas, or an array mapped from earlier nodes. */
export function productOrderIdsField(description: string): INodeProperties {
	return {
		displayName: 'Product Order IDs',
		name: 'productOrderIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: '2024010112345678, 2024010112345679',
		description: `${description}. Several IDs may be separated by commas, or mapped as an array from an earlier node.`,
	};
}
