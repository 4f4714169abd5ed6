import type { INodePropertyOptions } from 'n8n-workflow';

/** productBulkUpdateType (bulk-update.PUT.md): all eight types the page lists. */
export const PRODUCT_BULK_UPDATE_TYPES: INodePropertyOptions[] = [
	{
		name: 'Delivery Attribute (배송 속성)',
		value: 'DELIVERY_ATTRIBUTE',
		description: 'Normal delivery or same-day dispatch (오늘출발), and made-to-order settings',
	},
	{
		name: 'Delivery Info (배송 정보)',
		value: 'DELIVERY',
		description:
			'Replace the whole delivery setup: method, courier, fees, return and exchange fees',
	},
	{
		name: 'Hope Delivery (희망일배송)',
		value: 'DELIVERY_HOPE',
		description: 'Let buyers choose a delivery day, with a hope-delivery group',
	},
	{
		name: 'Immediate Discount (기본 할인)',
		value: 'IMMEDIATE_DISCOUNT',
		description: 'Set the same immediate discount on every product',
	},
	{
		name: 'Purchase and Review Benefits (구매/리뷰 혜택)',
		value: 'PURCHASE_BENEFIT',
		description:
			'Purchase points, review points, multi-purchase discount, interest-free months, gift',
	},
	{
		name: 'Purchase Quantity Limit (구매 수량 제한)',
		value: 'PURCHASE_QUANTITY_LIMIT',
		description: 'Minimum and maximum quantities per order and per buyer',
	},
	{
		name: 'Sale Period (판매 기간)',
		value: 'SALE_PERIOD',
		description: 'When the products are on sale',
	},
	{
		name: 'Sale Price (판매가)',
		value: 'SALE_PRICE',
		description:
			'Set every price to an amount, or raise or lower each by an amount or a percentage',
	},
];
