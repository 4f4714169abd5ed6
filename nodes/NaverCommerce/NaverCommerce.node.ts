import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { RESOURCE_OPTIONS, RESOURCES } from './actions/resources';
import { router } from './actions/router';
import type { ResourceModule } from './actions/node.type';
import {
	searchAddressBooks,
	searchBrands,
	searchCategories,
	searchDeliveryBundleGroups,
	searchLeafCategories,
	searchManufacturers,
	searchOriginAreas,
	searchParentCategories,
	searchReturnAddresses,
	searchReturnCouriers,
	searchShippingAddresses,
} from './methods/catalogueSearch';
import { getProductNoticeTypes } from './methods/loadOptions';
import {
	searchAnsweredInquiries,
	searchChannelProducts,
	searchProducts,
	searchRecentOrders,
	searchSellerNotices,
	searchUnansweredInquiries,
	searchUnansweredQuestions,
} from './methods/listSearch';

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
				options: RESOURCE_OPTIONS,
				default: 'productOrder',
			},
			...Object.values(RESOURCES).flatMap((resource) => resource.description),
		],
	};

	methods = {
		loadOptions: { getProductNoticeTypes },
		listSearch: {
			searchAddressBooks,
			searchAnsweredInquiries,
			searchBrands,
			searchCategories,
			searchChannelProducts,
			searchDeliveryBundleGroups,
			searchLeafCategories,
			searchManufacturers,
			searchOriginAreas,
			searchParentCategories,
			searchProducts,
			searchRecentOrders,
			searchReturnAddresses,
			searchReturnCouriers,
			searchSellerNotices,
			searchShippingAddresses,
			searchUnansweredInquiries,
			searchUnansweredQuestions,
			// The lookups resources own (ResourceModule.listSearch), written beside their rows.
			...Object.assign(
				{},
				...Object.values(RESOURCES).map((resource: ResourceModule) => resource.listSearch ?? {}),
			),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
