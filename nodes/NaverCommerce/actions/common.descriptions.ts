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

/**
 * One Naver ID a person picks: "From List" (a search of `searchListMethod`, see methods/) or "By
 * ID" (digits). Workflows saved when the field was a plain string keep working: the operations
 * read it with extractValue, which takes a string as it is.
 */
export function idLocatorField(field: {
	displayName: string;
	name: string;
	description: string;
	searchListMethod: string;
	placeholder: string;
	default?: { mode: 'list' | 'id'; value: string };
	/** An ID that is not digits: the regular expression it matches and how to say so. */
	pattern?: { regex: string; says: string };
}): INodeProperties {
	const locator: INodeProperties = {
		displayName: field.displayName,
		name: field.name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: field.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: field.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: field.placeholder,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: `\\s*${field.pattern?.regex ?? '[0-9]{1,30}'}\\s*`,
							errorMessage: `${field.displayName}: ${field.pattern?.says ?? 'digits only'}, such as ${field.placeholder}`,
						},
					},
				],
			},
		],
	};
	return field.default ? { ...locator, default: field.default } : locator;
}

/** Answered, unanswered or all: the filter of the inquiry and Q&A lists (Naver's `answered`). */
export function answerStatusField(noun: 'inquiries' | 'questions'): INodeProperties {
	return {
		displayName: 'Answer Status',
		name: 'answerStatus',
		type: 'options',
		options: [
			{ name: 'All', value: 'all', description: `Answered and unanswered ${noun}` },
			{ name: 'Answered', value: 'answered', description: `Only ${noun} that have an answer` },
			{
				name: 'Unanswered',
				value: 'unanswered',
				description: `Only ${noun} still waiting for an answer`,
			},
		],
		default: 'all',
		description: `Which ${noun} to return, by whether the store has answered them`,
	};
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
