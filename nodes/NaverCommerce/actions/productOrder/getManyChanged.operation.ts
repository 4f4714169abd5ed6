import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { changedProductOrderPages } from '../../transport/changedProductOrders';
import { returnAllAndLimit } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readDateTimePeriod, readLimit } from '../../helpers/parameters';
import { CHANGE_TYPES } from '../../options/changeTypes';

const displayOptions = { show: { resource: ['productOrder'], operation: ['getManyChanged'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Changed From',
		name: 'lastChangedFrom',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			"Start of the period (inclusive), e.g. {{ $now.minus(1, 'day') }}. Any length is fine: the node asks Naver 24 hours at a time.",
	},
	{
		displayName: 'Changed To',
		name: 'lastChangedTo',
		type: 'dateTime',
		default: '',
		description: 'End of the period (inclusive). Empty means now.',
	},
	{
		displayName: 'Change Types',
		name: 'lastChangedTypes',
		type: 'multiOptions',
		options: CHANGE_TYPES,
		default: [],
		description: 'Only changes of these types. Empty means every type.',
	},
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { fromMs, toMs } = readDateTimePeriod.call(
		this,
		itemIndex,
		{ name: 'lastChangedFrom', label: 'Changed From' },
		{ name: 'lastChangedTo', label: 'Changed To' },
		{ openEnd: true },
	);
	const types = this.getNodeParameter('lastChangedTypes', itemIndex, []) as string[];
	const limit = readLimit.call(this, itemIndex);

	// One type: let Naver filter. Several: one pass over all changes, filtered here, which costs
	// fewer requests than one pass per type.
	const wanted = new Set(types);
	const results: INodeExecutionData[] = [];
	const pages = changedProductOrderPages.call(this, {
		fromMs,
		toMs,
		lastChangedType: types.length === 1 ? types[0] : undefined,
		itemIndex,
	});
	for await (const page of pages) {
		for (const change of page.changes) {
			if (wanted.size > 0 && !wanted.has(change.lastChangedType)) continue;
			results.push({ json: change as IDataObject, pairedItem: { item: itemIndex } });
			if (results.length >= limit) return results;
		}
	}
	return results;
}
