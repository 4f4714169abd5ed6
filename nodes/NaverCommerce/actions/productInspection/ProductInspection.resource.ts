import type { INodePropertyOptions } from 'n8n-workflow';

import { listSearchOf } from '../../methods/listSearch';
import { rowsResource, type EndpointRow } from '../endpointTable';
import type { ListSearchMethod } from '../node.type';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Product Inspection',
	value: 'productInspection',
	description: 'Products Naver sent back for correction (상품 검수) and their restore',
};

const SENT_BACK_PATH = '/v1/product-inspections/channel-products';
/** "페이지 크기. 10, 50, 100만 입력 가능": the only sizes the list takes. */
const SENT_BACK_PAGE_SIZES = [10, 50, 100];

/** The Product Inspection operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'getMany',
		name: 'Get Many',
		description:
			"Read-only: lists the store's channel products that Naver's inspection sent back for correction (수정 요청 상품), one item per product with the reason, what to fix and whether a restore can be requested",
		action: 'Get many products sent back by inspection',
		method: 'GET',
		path: SENT_BACK_PATH,
		fields: [],
		writes: false,
		paging: {
			kind: 'springPage',
			listField: 'contents',
			maxSize: 100,
			sizes: SENT_BACK_PAGE_SIZES,
		},
		output: { kind: 'entries' },
	},
	{
		value: 'restore',
		name: 'Request Restore',
		description:
			'Writes: asks Naver to restore a channel product its inspection sent back for correction (복원 요청); the product is inspected again, and meanwhile Get Many shows it with restorationRequestAvailable false',
		action: 'Request a restore after inspection',
		method: 'PUT',
		path: '/v1/product-inspections/channel-product/{channelProductNo}/restore',
		fields: [
			{
				name: 'channelProductNo',
				displayName: 'Channel Product Number',
				kind: 'id',
				in: 'path',
				required: true,
				example: '1000001',
				searchListMethod: 'searchSentBackChannelProducts',
				description: 'The channel product sent back for correction, by its number in Get Many',
			},
		],
		writes: true,
		output: { kind: 'data' },
	},
];

const built = rowsResource('productInspection', ROWS, 'getMany');

export const operations = built.operations;
export const description = built.description;

/**
 * The channel products sent back for correction, in Naver's order, each with the reason; those
 * already sent for inspection again are marked, as the list says a restore cannot be requested.
 */
export const listSearch: Record<string, ListSearchMethod> = {
	searchSentBackChannelProducts: listSearchOf({
		path: SENT_BACK_PATH,
		pages: { listField: 'contents', size: 100 },
		valueField: 'channelProductNo',
		name: (product) =>
			`${product.channelProductNo} – ${String(product.reason ?? '')}${product.restorationRequestAvailable === false ? ' (복원 요청됨)' : ''}`,
		texts: (product) => [product.channelProductNo, product.reason, product.action],
	}),
};
