import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { RESOURCES } from './actions/resources';
import { router } from './actions/router';

export class NaverCommerce implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Naver Commerce',
		name: 'naverCommerce',
		icon: { light: 'file:naverCommerce.svg', dark: 'file:naverCommerce.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle:
			'={{$parameter["resource"] === "apiRequest" ? $parameter["method"] + " " + $parameter["path"] : $parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Automate a Naver SmartStore through the Naver Commerce API',
		defaults: { name: 'Naver Commerce' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'naverCommerceApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'API Request',
						value: 'apiRequest',
						description: 'Call any endpoint of the Naver Commerce API with this credential',
					},
					{
						name: 'Claim',
						value: 'claim',
						description:
							'Handle cancel, return and exchange requests (취소/반품/교환) on product orders',
					},
					{
						name: 'Customer Inquiry',
						value: 'customerInquiry',
						description: "Read and answer buyers' inquiries about their orders (고객 문의)",
					},
					{
						name: 'Product',
						value: 'product',
						description:
							'Search, read and update products (상품): sale status, option stock and prices',
					},
					{
						name: 'Product Order',
						value: 'productOrder',
						description:
							'Changed, paid and shipped product orders (상품주문): get, confirm, dispatch',
					},
					{
						name: 'Product Q&A',
						value: 'productQna',
						description: 'Read and answer questions asked on product pages (상품 문의)',
					},
					{
						name: 'Seller',
						value: 'seller',
						description: "Read the store's account and sales channels",
					},
					{
						name: 'Settlement',
						value: 'settlement',
						description: 'Read daily, per-order and commission settlement records (정산)',
					},
				],
				default: 'productOrder',
			},
			...Object.values(RESOURCES).flatMap((resource) => resource.description),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
