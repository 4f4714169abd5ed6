import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * deliveryMethod.pay-order-seller, one label per method. UNKNOWN is left out: Naver uses it only
 * for exceptions it cannot classify.
 */
const DELIVERY_METHOD_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Buyer Sends It Back',
		value: 'RETURN_INDIVIDUAL',
		description: '직접 반송: the buyer ships the item back themselves',
	},
	{
		name: 'Courier, Registered Mail or Parcel',
		value: 'DELIVERY',
		description: '택배, 등기, 소포',
	},
	{
		name: 'Designated Return Courier',
		value: 'RETURN_DESIGNATED',
		description: "지정 반품 택배: Naver books the pickup with the store's return courier",
	},
	{ name: 'Direct Hand-Over', value: 'DIRECT_DELIVERY', description: '직접 전달' },
	{ name: 'Goodsflow Label', value: 'GDFW_ISSUE_SVC', description: '굿스플로 송장 출력' },
	{ name: 'In-Person Pickup', value: 'VISIT_RECEIPT', description: '방문 수령' },
	{ name: 'No Delivery', value: 'NOTHING', description: '배송 없음' },
	{ name: 'Quick Service', value: 'QUICK_SVC', description: '퀵서비스' },
	{ name: 'Regular Return Courier', value: 'RETURN_DELIVERY', description: '일반 반품 택배' },
	{
		name: 'Seller Collects (Grocery Only)',
		value: 'RETURN_MERCHANT',
		description: '판매자 직접 수거(장보기 전용)',
	},
];

/** The methods that only bring goods back from the buyer. */
const RETURN_ONLY = [
	'RETURN_DELIVERY',
	'RETURN_DESIGNATED',
	'RETURN_INDIVIDUAL',
	'RETURN_MERCHANT',
];

/** For collecting a return: every method. */
export const COLLECT_DELIVERY_METHOD_OPTIONS = DELIVERY_METHOD_OPTIONS;

/** For sending goods out (dispatch, an exchange's replacement): the return-only methods left out. */
export const DISPATCH_DELIVERY_METHOD_OPTIONS = DELIVERY_METHOD_OPTIONS.filter(
	(option) => !RETURN_ONLY.includes(String(option.value)),
);
