import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { NOTICE_TYPE_OPTIONS } from '../options/noticeTypes';
import { fetchCategories, fetchNoticeTypes, topCategoryOf } from '../transport/catalogue';

/**
 * Product → Create's notice types (상품정보제공고시 상품군), those Naver recommends for the picked
 * category first, then every other type, since Naver's recommendation is by top-level category
 * (대카테고리) and a seller may know better. Without a category picked (empty, or an expression
 * the editor cannot resolve) every type is offered, in the same order as the static list.
 */
export async function getProductNoticeTypes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const picked = this.getCurrentNodeParameter('leafCategoryId', { extractValue: true });
	const categoryId = typeof picked === 'string' ? picked.trim() : '';
	if (!/^[0-9]+$/.test(categoryId)) return NOTICE_TYPE_OPTIONS;

	const categories = await fetchCategories.call(this, { leavesOnly: false });
	const top = topCategoryOf(categories, categoryId);
	if (!top) return NOTICE_TYPE_OPTIONS;
	// In the order Naver answers them.
	const recommended = (await fetchNoticeTypes.call(this, String(top.id))).map((type) =>
		String(type.productInfoProvidedNoticeType),
	);
	const topName = String(top.wholeCategoryName ?? top.name ?? top.id);
	const first = recommended.flatMap((value) => {
		const option = NOTICE_TYPE_OPTIONS.find((candidate) => candidate.value === value);
		return option ? [{ ...option, description: `Recommended by Naver for ${topName}` }] : [];
	});
	return [...first, ...NOTICE_TYPE_OPTIONS.filter((option) => !recommended.includes(option.value))];
}
