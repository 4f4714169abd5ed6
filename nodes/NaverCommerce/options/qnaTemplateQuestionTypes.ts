import type { INodePropertyOptions } from 'n8n-workflow';

/** questionType of a Q&A answer template (상품 문의 템플릿 유형, contents/qnas/templates.GET.md). */
export const QNA_TEMPLATE_QUESTION_TYPES: INodePropertyOptions[] = [
	{ name: 'Delivery (배송)', value: 'DELIVERY' },
	{ name: 'Exchange (교환)', value: 'EXCHANGE' },
	{ name: 'Other (기타)', value: 'ETC' },
	{ name: 'Product (상품)', value: 'PRODUCT' },
	{ name: 'Refund (환불)', value: 'REFUND' },
	{ name: 'Return (반품)', value: 'RETURN' },
];
