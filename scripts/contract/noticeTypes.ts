/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Writes nodes/NaverCommerce/options/noticeTypes.ts from the contract: every product information
 * notice type of POST /v2/products, its fields' kinds and the rules its sentences give (required,
 * required unless a twin is given, delete if it does not apply, deprecated). The node's table is
 * derived, never written by hand; test/contract/codeLists.test.ts checks that the committed file is
 * what this produces from the committed contract.
 *
 *   npx tsx scripts/contract/noticeTypes.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { format, resolveConfig } from 'prettier';

import type { NoticeFieldKind, NoticeType } from '../../nodes/NaverCommerce/options/noticeTypes';
import { contract, type Schema } from '../../test/contract/contract';

export const NOTICE_TYPES_FILE = join(
	__dirname,
	'../../nodes/NaverCommerce/options/noticeTypes.ts',
);

/** What the node calls each type: the reference's own names of the notice groups. */
const LABELS: Record<string, string> = {
	WEAR: '의류',
	SHOES: '구두/신발',
	BAG: '가방',
	FASHION_ITEMS: '패션잡화(모자/벨트/액세서리)',
	SLEEPING_GEAR: '침구류/커튼',
	FURNITURE: '가구(침대/소파/싱크대/DIY제품)',
	IMAGE_APPLIANCES: '영상가전(TV류)',
	HOME_APPLIANCES: '가정용 전기제품(냉장고/세탁기/식기세척기/전자레인지)',
	SEASON_APPLIANCES: '계절가전(에어컨/온풍기)',
	OFFICE_APPLIANCES: '사무용기기(컴퓨터/노트북/프린터)',
	OPTICS_APPLIANCES: '광학기기(디지털카메라/캠코더)',
	MICROELECTRONICS: '소형전자(MP3/전자사전 등)',
	CELLPHONE: '휴대폰',
	NAVIGATION: '내비게이션',
	CAR_ARTICLES: '자동차용품(자동차부품/기타 자동차용품)',
	MEDICAL_APPLIANCES: '의료기기',
	KITCHEN_UTENSILS: '주방용품',
	COSMETIC: '화장품',
	JEWELLERY: '귀금속/보석/시계류',
	FOOD: '식품(농ㆍ축ㆍ수산물)',
	GENERAL_FOOD: '가공식품',
	DIET_FOOD: '건강기능식품',
	KIDS: '영유아용품',
	MUSICAL_INSTRUMENT: '악기',
	SPORTS_EQUIPMENT: '스포츠용품',
	BOOKS: '서적',
	RENTAL_HA: '물품대여 서비스(정수기,비데,공기청정기 등)',
	RENTAL_ETC: '물품대여 서비스(서적, 유아용품, 행사용품 등)',
	DIGITAL_CONTENTS: '디지털 콘텐츠(음원, 게임, 인터넷강의 등)',
	GIFT_CARD: '상품권/쿠폰',
	MOBILE_COUPON: '모바일 쿠폰',
	MOVIE_SHOW: '영화/공연',
	ETC_SERVICE: '기타 용역',
	BIOCHEMISTRY: '생활화학제품',
	BIOCIDAL: '살생물제품',
	ETC: '기타',
};

/** The notice object of POST /v2/products in the contract. */
export function noticeSchema(): Schema | undefined {
	const create = contract().endpoints.find((e) => e.method === 'POST' && e.path === '/v2/products');
	return create?.body?.properties?.originProduct?.properties?.detailAttribute?.properties
		?.productInfoProvidedNotice;
}

function kindOf(schema: Schema): NoticeFieldKind {
	const text = schema.anyOf?.find((branch) => branch.type === 'string') ?? schema;
	if (text.format === 'year-month' || schema.type === 'object') return 'yearMonth';
	if (text.type === 'string' && text.format) return 'date';
	if (text.standardValues) return 'legalText';
	if (text.type === 'string') return 'text';
	return text.type === 'boolean' ? 'boolean' : 'integer';
}

/** Every notice type the reference gives an object for, as the node's table holds it. */
export function noticeTypesFromContract(): NoticeType[] {
	const notice = noticeSchema();
	const types = notice?.properties?.productInfoProvidedNoticeType?.enum ?? [];
	return types.flatMap((value) => {
		// The enum names four types the page gives no object for (AIRLINE_TICKET, LODGMENT_RESERVATION,
		// RENT_CAR, TRAVEL_PACKAGE): a notice of them cannot be written from the reference.
		const field = Object.keys(notice?.properties ?? {}).find(
			(name) => name.toLowerCase() === value.replace(/_/g, '').toLowerCase(),
		);
		const object = field ? notice!.properties![field] : undefined;
		if (!field || !object?.properties) return [];
		const entries = Object.entries(object.properties);
		const named = (test: (schema: Schema) => boolean) =>
			entries.filter(([, schema]) => test(schema)).map(([name]) => name);
		const twins = Object.fromEntries(
			entries
				.filter(([, schema]) => schema.requiredUnless && !schema.deprecated)
				.map(([name, schema]) => [name, schema.requiredUnless!]),
		);
		return [
			{
				value,
				field,
				label: LABELS[value] ?? value,
				required: [...(object.required ?? [])],
				fields: Object.fromEntries(entries.map(([name, schema]) => [name, kindOf(schema)])),
				...(Object.keys(twins).length > 0 ? { requiredUnless: twins } : {}),
				...(named((s) => Boolean(s.omitIfNotApplicable)).length > 0
					? { ifApplicable: named((s) => Boolean(s.omitIfNotApplicable)) }
					: {}),
				...(named((s) => Boolean(s.deprecated)).length > 0
					? { deprecated: named((s) => Boolean(s.deprecated)) }
					: {}),
			},
		];
	});
}

/** Field kinds other than text, by the letter that marks them in a row. */
const KIND_LETTERS: Record<Exclude<NoticeFieldKind, 'text'>, string> = {
	legalText: 'l',
	date: 'd',
	yearMonth: 'y',
	boolean: 'b',
	integer: 'i',
};

/** A type's fields as the row's words, in the contract's order (see the grammar in the file). */
function fieldWords(type: NoticeType): string[] {
	return Object.entries(type.fields).map(([name, kind]) => {
		const unless = type.requiredUnless?.[name];
		return [
			name,
			type.required.includes(name) ? '*' : '',
			kind === 'text' ? '' : `:${KIND_LETTERS[kind]}`,
			type.ifApplicable?.includes(name) ? '?' : '',
			type.deprecated?.includes(name) ? '!' : '',
			unless ? `<${unless.join('|')}` : '',
		].join('');
	});
}

/** The words every type opens with (the legal clauses), written once. */
function commonWords(rows: string[][]): string[] {
	const [first = []] = rows;
	let length = 0;
	while (length < first.length && rows.every((words) => words[length] === first[length])) length++;
	return first.slice(0, length);
}

/** The types' values in the order of their labels, as Korean sorts them. */
export function byLabel(types: NoticeType[]): string[] {
	return [...types].sort((a, b) => a.label.localeCompare(b.label, 'ko')).map((type) => type.value);
}

/** nodes/NaverCommerce/options/noticeTypes.ts as this writes it (before prettier). */
export function noticeTypesSource(types: NoticeType[] = noticeTypesFromContract()): string {
	const words = types.map(fieldWords);
	const common = commonWords(words);
	const rows = types.map((type, index) => [
		type.value,
		type.field,
		type.label,
		words[index].slice(common.length).join(' '),
	]);
	return `/**
 * Naver's product information notice types (상품정보제공고시, productInfoProvidedNoticeType): for
 * each, the object that carries it, its fields' kinds and the rules the reference writes for them.
 * Generated from test/contract/naver-commerce.contract.json by scripts/contract/noticeTypes.ts; do
 * not edit by hand (test/contract/codeLists.test.ts checks it against the contract).
 */

/**
 * text: free text; legalText: a legal clause the reference lists as standard texts by code
 * (\`- 0 (…)\`, \`- 1 (상품상세 참조)\`); date: yyyy-MM-dd; yearMonth: 'yyyy-MM' (or YearMonth's
 * object), which "상품상세 참조" is not: its …Text twin takes the text.
 */
export type NoticeFieldKind = 'text' | 'legalText' | 'date' | 'yearMonth' | 'boolean' | 'integer';

export interface NoticeType {
	/** productInfoProvidedNoticeType */
	value: string;
	/** The notice object's name in detailAttribute.productInfoProvidedNotice. */
	field: string;
	/** What the reference calls it. */
	label: string;
	required: string[];
	fields: Record<string, NoticeFieldKind>;
	/** Required unless one of these is given (\`packDate를 입력하지 않은 경우에는 필수\`). */
	requiredUnless?: Record<string, string[]>;
	/** \`해당 사항이 없으면 이 요소를 삭제하고 전송합니다\`: only the seller can say it applies. */
	ifApplicable?: string[];
	/** Marked deprecated: never sent by default. */
	deprecated?: string[];
}

/**
 * A row a type: value, field, label and its fields in the reference's order, COMMON's first. A
 * field is its name, then \`*\` if required; its kind unless text (\`:l\` legalText, \`:d\` date,
 * \`:y\` yearMonth, \`:b\` boolean, \`:i\` integer); \`?\` if sent only where it applies
 * (ifApplicable); \`!\` if deprecated; \`<a|b\` if required unless a or b is given.
 */
const COMMON = ${JSON.stringify(common.join(' '))};

const ROWS: Array<[value: string, field: string, label: string, fields: string]> = ${JSON.stringify(rows)};

const KINDS: Record<string, NoticeFieldKind> = ${JSON.stringify(
		Object.fromEntries(Object.entries(KIND_LETTERS).map(([kind, letter]) => [letter, kind])),
	)};

function noticeType([value, field, label, row]: (typeof ROWS)[number]): NoticeType {
	const type: NoticeType = { value, field, label, required: [], fields: {} };
	const requiredUnless: Record<string, string[]> = {};
	const ifApplicable: string[] = [];
	const deprecated: string[] = [];
	for (const word of \`\${COMMON} \${row}\`.split(' ').filter(Boolean)) {
		const [, name, required, kind, applies, old, unless] =
			/^(\\w+)(\\*?)(?::(\\w))?(\\??)(!?)(?:<(.+))?$/.exec(word)!;
		if (required) type.required.push(name);
		type.fields[name] = KINDS[kind] ?? 'text';
		if (unless) requiredUnless[name] = unless.split('|');
		if (applies) ifApplicable.push(name);
		if (old) deprecated.push(name);
	}
	if (Object.keys(requiredUnless).length > 0) type.requiredUnless = requiredUnless;
	if (ifApplicable.length > 0) type.ifApplicable = ifApplicable;
	if (deprecated.length > 0) type.deprecated = deprecated;
	return type;
}

export const NOTICE_TYPES: NoticeType[] = ROWS.map(noticeType);

/**
 * The types by their labels as Korean sorts them (localeCompare 'ko'), sorted when this file is
 * written: sorting at load time would cost the node's cold start the collator's set-up.
 */
const BY_LABEL = ${JSON.stringify(byLabel(types).join(' '))};

export const NOTICE_TYPE_OPTIONS = BY_LABEL.split(' ').map((value) => {
	const { label } = NOTICE_TYPES.find((type) => type.value === value)!;
	return { name: \`\${label} (\${value})\`, value };
});
`;
}

/** The file as it is committed: noticeTypesSource() formatted by the repository's prettier. */
export async function noticeTypesFile(types?: NoticeType[]): Promise<string> {
	const options = await resolveConfig(NOTICE_TYPES_FILE);
	return await format(noticeTypesSource(types), { ...options, filepath: NOTICE_TYPES_FILE });
}

async function main(): Promise<void> {
	const types = noticeTypesFromContract();
	writeFileSync(NOTICE_TYPES_FILE, await noticeTypesFile(types));
	// The rows must say exactly what the contract does, key order included.
	delete require.cache[require.resolve(NOTICE_TYPES_FILE)];
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const written = require(NOTICE_TYPES_FILE) as { NOTICE_TYPES: NoticeType[] };
	if (JSON.stringify(written.NOTICE_TYPES) !== JSON.stringify(types))
		throw new Error('The rows written do not decode to the types read from the contract');
	console.log(`${types.length} notice types → ${NOTICE_TYPES_FILE}`);
}

if (require.main === module) void main();
