import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * deliveryInfo.deliveryAttributeType "상품 일괄 수정 시" (bulk-update.PUT.md): the five a bulk
 * update takes, of the twelve the enum lists.
 */
export const BULK_DELIVERY_ATTRIBUTE_TYPES: INodePropertyOptions[] = [
	{ name: 'Hope Delivery (희망일배송)', value: 'HOPE' },
	{ name: 'N Hope Delivery by Seller (N희망일배송)', value: 'HOPE_SELLER_GUARANTEE' },
	{ name: 'N Seller Delivery (N판매자배송)', value: 'SELLER_GUARANTEE' },
	{ name: 'Normal (일반 배송)', value: 'NORMAL' },
	{ name: 'Same-Day Dispatch (오늘출발)', value: 'TODAY' },
];
