import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readLimit, requiredText } from '../../helpers/parameters';
import { naverCommerceRequest } from '../../transport';
import { fetchOriginAreas } from '../../transport/catalogue';
import { returnAllAndLimit } from '../common.descriptions';
import { itemsOf, listBody } from './common';

const displayOptions = { show: { resource: ['catalogueData'], operation: ['getOriginAreas'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Search By',
		name: 'originLookup',
		type: 'options',
		options: [
			{ name: 'All Codes', value: 'all', description: 'Every origin area code Naver has' },
			{ name: 'Code', value: 'code', description: 'The origin area with a given code' },
			{
				name: 'Name',
				value: 'name',
				description:
					'Origin areas by name: a whole name such as 경기도 > 이천시 or 아시아 > 중국, or the start of the last part, such as 이천 or 중국',
			},
			{
				name: 'Sub-Areas of a Code',
				value: 'subAreas',
				description:
					'The origin areas one level below a code, such as the countries of a continent; without a code, the top-level ones',
			},
		],
		default: 'name',
		description:
			'How to find origin area codes (원산지 코드), the originAreaCode a product declares: 00 국산, 01 원양산, 02 수입산 and their detailed codes',
	},
	{
		displayName: 'Name',
		name: 'originName',
		type: 'string',
		required: true,
		default: '',
		placeholder: '중국',
		description:
			'The origin area name: 국산 as 광역시도 > 시구군, 수입산 as 대륙 > 국가명, 원양산 as the sea area; or the start of the last part alone',
		displayOptions: { show: { originLookup: ['name'] } },
	},
	{
		displayName: 'Code',
		name: 'originCode',
		type: 'string',
		default: '',
		placeholder: '0200037',
		description:
			'The origin area code, digits such as 02 (수입산) or 0200037. For Sub-Areas, leave it empty for the top-level codes.',
		displayOptions: { show: { originLookup: ['code', 'subAreas'] } },
	},
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(displayOptions, properties);

/** One item per origin area: `{ code, name }`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const lookup = this.getNodeParameter('originLookup', itemIndex, 'name') as string;
	const limit = readLimit.call(this, itemIndex);
	const code = (): string => {
		const value = String(this.getNodeParameter('originCode', itemIndex, '') ?? '').trim();
		if (value !== '' && !/^\d{1,20}$/.test(value)) {
			throw new NodeOperationError(
				this.getNode(),
				`Code must be an origin area code of digits, such as 0200037, not ${JSON.stringify(value)}`,
				{ itemIndex },
			);
		}
		return value;
	};
	let areas: IDataObject[];
	if (lookup === 'all') {
		areas = await fetchOriginAreas.call(this, itemIndex);
	} else if (lookup === 'subAreas') {
		const parent = code();
		const response = await naverCommerceRequest.call(
			this,
			{
				method: 'GET',
				path: '/v1/product-origin-areas/sub-origin-areas',
				qs: parent ? { code: parent } : {},
			},
			itemIndex,
		);
		areas = listBody(response.body, 'subOriginAreaCodeNames');
	} else {
		let qs: IDataObject;
		if (lookup === 'code') {
			const value = code();
			if (value === '') {
				throw new NodeOperationError(this.getNode(), 'Code is empty', {
					itemIndex,
					description: 'Give the origin area code to look up, such as 0200037.',
				});
			}
			qs = { code: value };
		} else {
			qs = { name: requiredText.call(this, 'originName', 'Name', itemIndex) };
		}
		const response = await naverCommerceRequest.call(
			this,
			{ method: 'GET', path: '/v1/product-origin-areas/query', qs },
			itemIndex,
		);
		areas = listBody(response.body, 'originAreaCodeNames');
	}
	return itemsOf(areas.slice(0, limit), itemIndex);
}
