import type { INodePropertyOptions } from 'n8n-workflow';

import { rowsResource, type EndpointField, type EndpointRow } from '../endpointTable';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Seller Notice',
	value: 'sellerNotice',
	description:
		"The store's notices (공지사항) buyers see: list, read, post, change and delete them, and show one on channel products",
};

const NOTICE_PATH = '/v1/contents/seller-notices';

const sellerNoticeId: EndpointField = {
	name: 'sellerNoticeId',
	displayName: 'Seller Notice ID',
	kind: 'id',
	in: 'path',
	required: true,
	example: '53100001',
	searchListMethod: 'searchSellerNotices',
	description: 'The notice, by the sellerNoticeId that Get Many and Create return',
};

/** A notice as Create sends it and Update replaces it (the same body). */
const NOTICE_FIELDS: EndpointField[] = [
	{
		name: 'title',
		displayName: 'Title',
		kind: 'text',
		in: 'body',
		required: true,
		description: "The notice's title",
	},
	{
		name: 'detailContents',
		displayName: 'Contents',
		kind: 'text',
		in: 'body',
		required: true,
		rows: 4,
		description: "The notice's text; HTML such as <p>…</p> is shown as formatted",
	},
	{
		name: 'postCategoryType',
		displayName: 'Category',
		kind: 'options',
		in: 'body',
		options: [
			{ name: 'Delivery', value: 'DELIVERY' },
			{ name: 'Event', value: 'EVENT' },
			{ name: 'General', value: 'ORDINARY' },
			{ name: 'Product', value: 'PRODUCT' },
		],
		default: 'ORDINARY',
		description: "The notice's category (postCategoryType)",
	},
	{
		name: 'displayStartDate',
		displayName: 'Display From',
		kind: 'dateTime',
		in: 'body',
		description: 'When buyers start to see the notice (from the hour given); empty: this hour',
	},
	{
		name: 'displayEndDate',
		displayName: 'Display Until',
		kind: 'dateTime',
		in: 'body',
		description: 'When buyers stop seeing the notice (the end of the hour given); empty: no end',
	},
	{
		name: 'importantNotice',
		displayName: 'Important',
		kind: 'boolean',
		in: 'body',
		description: 'Whether the notice is marked important (중요 공지) for a period',
	},
	{
		name: 'importantNoticeStartDate',
		displayName: 'Important From',
		kind: 'dateTime',
		in: 'body',
		showWhen: { importantNotice: [true] },
		description: 'When the notice starts to be marked important',
	},
	{
		name: 'importantNoticeEndDate',
		displayName: 'Important Until',
		kind: 'dateTime',
		in: 'body',
		showWhen: { importantNotice: [true] },
		description: 'When the notice stops being marked important',
	},
	{
		name: 'wholeNotice',
		displayName: 'Whole-Store Notice',
		kind: 'boolean',
		in: 'body',
		description:
			'Whether this is the notice shown on every product of the store (전체 공지); the store has one, so another one stops being it',
	},
	{
		name: 'popup',
		displayName: 'Popup',
		kind: 'boolean',
		in: 'body',
		description:
			'Whether the notice opens as the store popup; the store has one, so another one stops being it',
	},
	{
		name: 'popupStartDate',
		displayName: 'Popup From',
		kind: 'dateTime',
		in: 'body',
		showWhen: { popup: [true] },
		description: 'When the popup starts; empty: this hour',
	},
	{
		name: 'popupEndDate',
		displayName: 'Popup Until',
		kind: 'dateTime',
		in: 'body',
		showWhen: { popup: [true] },
		description: 'When the popup ends; empty: a week after it starts',
	},
];

/** The Seller Notice operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'applyToChannelProducts',
		name: 'Apply to Channel Products',
		description:
			'Writes: shows a notice on channel products (Smart Store or shopping window) in place of the notice they had; buyers see it at once',
		action: 'Apply a notice to channel products',
		method: 'PUT',
		path: '/v1/products/channel-products/notice/apply',
		fields: [
			{ ...sellerNoticeId, in: 'body' },
			{
				name: 'channelProductNos',
				displayName: 'Channel Product Numbers',
				kind: 'textList',
				in: 'body',
				entries: 'id',
				required: true,
				example: '10000000008, 10000000019',
				description:
					'The channel products to show the notice on, separated by commas (or an array mapped from an earlier node)',
			},
		],
		writes: true,
		output: { kind: 'data' },
	},
	{
		value: 'create',
		name: 'Create',
		description:
			'Writes: posts a new store notice; buyers see it from its display start. Returns its sellerNoticeId.',
		action: 'Create a seller notice',
		method: 'POST',
		path: NOTICE_PATH,
		fields: NOTICE_FIELDS,
		writes: true,
	},
	{
		value: 'delete',
		name: 'Delete',
		description:
			'Writes: deletes a store notice for good; Naver refuses to delete a notice that channel products show',
		action: 'Delete a seller notice',
		method: 'DELETE',
		path: `${NOTICE_PATH}/{sellerNoticeId}`,
		fields: [sellerNoticeId],
		writes: true,
	},
	{
		value: 'get',
		name: 'Get',
		description:
			'Read-only: gets one store notice with its contents, category, display, important and popup periods',
		action: 'Get a seller notice',
		method: 'GET',
		path: `${NOTICE_PATH}/{sellerNoticeId}`,
		fields: [sellerNoticeId],
		writes: false,
	},
	{
		value: 'getMany',
		name: 'Get Many',
		description:
			"Read-only: lists the store's notices, newest first, one item per notice (without its contents; use Get for them)",
		action: 'Get many seller notices',
		method: 'GET',
		path: NOTICE_PATH,
		fields: [],
		writes: false,
		// "페이지당 최대 100건"
		paging: { kind: 'springPage', listField: 'contents', maxSize: 100 },
		output: { kind: 'entries' },
	},
	{
		value: 'update',
		name: 'Update',
		description:
			'Writes: replaces a store notice with the values given; what is left empty takes its default (no end, not important, no popup)',
		action: 'Update a seller notice',
		method: 'PUT',
		path: `${NOTICE_PATH}/{sellerNoticeId}`,
		fields: [sellerNoticeId, ...NOTICE_FIELDS],
		writes: true,
	},
];

const built = rowsResource('sellerNotice', ROWS, 'getMany');

export const operations = built.operations;
export const description = built.description;
