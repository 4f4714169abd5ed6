/**
 * Each of the 12 claim actions (below /v1/pay-order/seller/product-orders/{id}/claim/) with a body
 * its reference page accepts, for callers that exercise every action's answer.
 */
export const CLAIM_ACTION_SAMPLES: ReadonlyArray<readonly [action: string, body?: object]> = [
	['cancel/request', { cancelReason: 'INTENT_CHANGED' }],
	['cancel/approve'],
	['return/request', { returnReason: 'INTENT_CHANGED', collectDeliveryMethod: 'NOTHING' }],
	['return/approve'],
	['return/reject', { rejectReturnReason: '반품 불가' }],
	['return/holdback', { holdbackClassType: 'ETC', holdbackReturnDetailReason: '확인 중' }],
	['return/holdback/release'],
	['exchange/collect/approve'],
	['exchange/dispatch', { reDeliveryMethod: 'DIRECT_DELIVERY' }],
	['exchange/reject', { rejectExchangeReason: '교환 불가' }],
	['exchange/holdback', { holdbackClassType: 'ETC', holdbackExchangeDetailReason: '확인 중' }],
	['exchange/holdback/release'],
];
