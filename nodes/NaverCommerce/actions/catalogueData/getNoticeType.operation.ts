import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { NOTICE_TYPE_OPTIONS } from '../../options/noticeTypes';
import { naverCommerceRequest } from '../../transport';

const displayOptions = { show: { resource: ['catalogueData'], operation: ['getNoticeType'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Notice Type',
		name: 'productInfoProvidedNoticeType',
		type: 'options',
		options: NOTICE_TYPE_OPTIONS,
		default: 'ETC',
		description:
			'The product information notice type (상품정보제공고시 상품군) whose fields to return, such as WEAR for clothing',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/** One item: the notice type, its name and the fields a seller fills for it. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const type = String(this.getNodeParameter('productInfoProvidedNoticeType', itemIndex, '')).trim();
	if (!/^[A-Z][A-Z_]*$/.test(type)) {
		throw new NodeOperationError(
			this.getNode(),
			`Notice Type must be one of Naver's notice types, such as WEAR or ETC, not ${JSON.stringify(type)}`,
			{ itemIndex },
		);
	}
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: `/v1/products-for-provided-notice/${type}` },
		itemIndex,
	);
	return [{ json: (response.body ?? {}) as IDataObject, pairedItem: { item: itemIndex } }];
}
