import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * originAreaInfo.originAreaCode of POST /v2/products: the top-level origin codes the reference
 * lists (detailed codes, such as a country of import, come from GET /v1/product-origin-areas).
 */
export const ORIGIN_AREA_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Domestic (국산)', value: '00' },
	{ name: 'Deep-Sea (원양산)', value: '01' },
	{ name: 'Imported (수입산)', value: '02' },
	{ name: 'Other: See the Detail Page (기타-상세 설명에 표시)', value: '03' },
	{ name: 'Other: As Written (기타-직접 입력)', value: '04' },
	{ name: 'No Origin Labelling Required (원산지 표기 의무 대상 아님)', value: '05' },
];
