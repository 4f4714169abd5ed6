/**
 * The rules Naver writes in words. The reference's tables give a field's type, `required` and
 * enum; its sentences give the rest: formats (`string<'yyyy-MM' 형식 입력>`), conditional
 * requirements (`packDate를 입력하지 않은 경우에는 필수`), "delete this element if it does not
 * apply", `deprecated`, allowed values in prose (`PERCENT, WON만 입력 가능합니다`), standard texts
 * listed as codes (`- 0 (…)`, `- 1 (상품상세 참조)`), and lengths (`<= 300 characters`, `최대 20자`).
 * convert.ts reads each field's whole text through here, and every sentence that looks like a rule
 * is recorded as a finding, read or not, for docs/contract-coverage.md.
 */

export type RuleKind =
	| 'format'
	| 'conditionalRequirement'
	| 'deleteIfNotApplicable'
	| 'deprecated'
	| 'onlyAllowed'
	| 'standardTexts'
	| 'length';

/** What each kind means, and what the emulator does with it, for the coverage table. */
export const RULE_KINDS: Record<RuleKind, { label: string; enforcement: string }> = {
	format: {
		label: "Formats in words (`'yyyy-MM' 형식`, `'yyyy-MM-dd' 형식`, `yyyymmdd 형식`, `HHmm 형식`)",
		enforcement: 'refused (400, Pattern; typeMismatch for a date)',
	},
	conditionalRequirement: {
		label: 'Conditional requirements (`…를 입력하지 않은 경우에는 필수`, `…인 경우 필수`)',
		enforcement: 'refused (400, NotNull)',
	},
	deleteIfNotApplicable: {
		label: '"Delete this element if it does not apply" (`해당 사항이 없으면 이 요소를 삭제`)',
		enforcement: 'about meaning: never refused; the node never fills such a field',
	},
	deprecated: {
		label: '`deprecated`',
		enforcement: 'still accepted; the node never sends one by default',
	},
	onlyAllowed: {
		label: 'Allowed values in prose (`…만 입력 가능`)',
		enforcement: 'refused (400, typeMismatch); a soft wording is recorded, not refused',
	},
	standardTexts: {
		label: 'Standard texts listed as codes (`- 0 (…)`, `- 1 (상품상세 참조)`)',
		enforcement: 'recorded, not refused: a list of standard texts, not the only values',
	},
	length: {
		label: 'Lengths, list sizes and ranges (`<= N characters`, `최대 N자`, `최대 N개`, `(N 이하)`)',
		enforcement:
			'refused (400, Size); a page size in words is answered by the route with its own code',
	},
};

/** A requirement that depends on another field of the same object. */
export interface Condition {
	/** unless: required when none of `fields` is given; with: when one is; when: when `fields[0]` holds one of `values`. */
	kind: 'unless' | 'with' | 'when';
	/** Names as the sentence gives them; resolved against the object's fields by convert.ts. */
	fields: string[];
	values?: string[];
	/** A Korean word standing for a sibling (시작일): resolved by the field's own name. */
	byWord?: 'start';
	sentence: string;
	/** The finding it was recorded as: marked unread when convert.ts cannot resolve it. */
	finding: Finding;
}

export interface ProseRules {
	format?: 'year-month' | 'date' | 'date-time' | 'yyyyMMdd' | 'HHmm';
	maxLength?: number;
	maximum?: number;
	maxItems?: number;
	deprecated?: true;
	omitIfNotApplicable?: true;
	enum?: string[];
	/** Allowed values written softly: anything else falls back to a default, so it is not refused. */
	standardValues?: string[];
	conditions?: Condition[];
}

export interface Finding {
	kind: RuleKind;
	field: string;
	sentence: string;
	/** Turned into a contract rule. */
	encoded: boolean;
	/** Why not, when it is not. */
	why?: string;
}

/** The lines of one field's entry: its heading line and everything up to the next field. */
export interface FieldText {
	name: string;
	/** The heading line after `**name**`. */
	heading: string;
	/** The note in the type's brackets (`'yyyy-MM' 형식 입력`), when it is words, not a format. */
	typeNote?: string;
	/** The field's type as the table gives it. */
	type?: string;
	/** A list (`(string)[]`, `(object)[]`). */
	array?: boolean;
	/** Description lines, Possible values lines and list lines, in order. */
	lines: string[];
	/** The codes the table lists for the field, if any. */
	tableEnum?: string[];
}

const SENTENCE_END = /(?<=[.다])\s+/;

function sentences(text: string): string[] {
	return text
		.split(SENTENCE_END)
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

/** Reads one field's rules, and records every sentence that looks like a rule. */
export function readProse(field: FieldText): { rules: ProseRules; findings: Finding[] } {
	const rules: ProseRules = {};
	const findings: Finding[] = [];
	const note = (kind: RuleKind, sentence: string, encoded: boolean, why?: string): Finding => {
		const finding: Finding = {
			kind,
			field: field.name,
			sentence,
			encoded,
			...(why ? { why } : {}),
		};
		findings.push(finding);
		return finding;
	};
	// A code's label (`- TRUE(…), KC_EXEMPTION_OBJECT(…인 경우 필수 입력)`) speaks of the code, not
	// of this field: it is read for labels (convert.ts), not for rules.
	const prose = [field.typeNote ?? '', ...field.lines.filter((line) => !isTableLine(line))]
		.filter((line) => !/^- [A-Z][A-Z0-9_]+\s?\(/.test(line))
		.flatMap((line) => sentences(line))
		.filter((sentence) => sentence !== '');

	// deprecated: on the heading (`(string<date>)deprecated`, `(Depecated) 모바일 할인가`).
	if (/deprecated|depecated/i.test(field.heading)) {
		rules.deprecated = true;
		note('deprecated', field.heading.trim(), true);
	}

	// Table lengths and ranges: `<= 300 characters`, `<= 999999990`.
	for (const line of field.lines) {
		const length = /^\*\*Possible values:\*\*.*`<= (\d+) characters`/.exec(line);
		if (length) {
			rules.maxLength = Number(length[1]);
			note('length', line, true);
		}
	}

	for (const sentence of prose) {
		if (/해당 사항이 없으면 이 요소를 삭제/.test(sentence)) {
			rules.omitIfNotApplicable = true;
			note('deleteIfNotApplicable', sentence, true);
		}
		readFormat(sentence, field, rules, note);
		readRequirement(sentence, rules, note);
		readAllowed(sentence, field, rules, note);
		// A list's size in words: `추가 이미지 목록. 최대 9개.`, `최대 5개까지 등록할 수 있습니다.`
		const items = /최대 (\d+)개(?:까지 등록|\.|$)/.exec(sentence);
		if (items && field.array) {
			rules.maxItems = Number(items[1]);
			note('length', sentence, true);
		} else if (items) {
			note('length', sentence, false, 'a count of something other than this list');
		}
		const words = /최대\s*([\d,]+)자/.exec(sentence);
		if (words) {
			// A length in words: of the field itself unless the sentence names another thing
			// (`노출 상품명은 최대 100자`: the displayed name, not this field alone).
			const ofAnother = /상품명은/.test(sentence);
			const length = Number(words[1].replace(/,/g, ''));
			if (!ofAnother && field.type === 'string' && (rules.maxLength ?? length) === length) {
				rules.maxLength = length;
				note('length', sentence, true);
			} else {
				note('length', sentence, false, 'a length of a combined or other value');
			}
		}
		const atMost = /^[^\d]*\(([\d,]+) 이하\)$/.exec(sentence);
		if (atMost && (field.type === 'integer' || field.type === 'number')) {
			rules.maximum = Number(atMost[1].replace(/,/g, ''));
			note('length', sentence, true);
		} else if (/[\d,]+\s*(이상|이하)/.test(sentence) && !/형식/.test(sentence)) {
			note('length', sentence, false, 'a range that depends on the operation or another value');
		}
	}

	// Codes listed in the text (`- 0 (…)`, `- 1 (상품상세 참조)`) for a field the table gives no
	// list: standard texts a seller may pick, not the only values (the legal notice texts).
	if (!field.tableEnum && field.type === 'string') {
		const listed = field.lines
			.map((line) => /^- ([0-9]+) \((.*)\)$/.exec(line))
			.filter((match): match is RegExpExecArray => match !== null);
		if (listed.length > 0) {
			rules.standardValues = listed.map((match) => match[1]);
			note(
				'standardTexts',
				listed.map((match) => `- ${match[1]} (${match[2].slice(0, 40)}…)`).join(' '),
				true,
			);
		}
	}
	return { rules, findings };
}

function isTableLine(line: string): boolean {
	return line.startsWith('**Possible values') || line.startsWith('|') || /^- [0-9]+ \(/.test(line);
}

type Note = (kind: RuleKind, sentence: string, encoded: boolean, why?: string) => Finding;

function readFormat(sentence: string, field: FieldText, rules: ProseRules, note: Note): void {
	if (!/형식/.test(sentence)) return;
	if (/'yyyy-MM' 형식/.test(sentence)) {
		rules.format = 'year-month';
		note('format', sentence, true);
	} else if (/yyyy-MM-dd'T'HH:mm/.test(sentence)) {
		rules.format = 'date-time';
		note('format', sentence, true);
	} else if (/'?yyyy-mm-dd'? ?형식/i.test(sentence)) {
		// Written 'yyyy-MM-dd', 'YYYY-MM-DD' and 'yyyy-mm-dd' on different pages: one date format.
		rules.format = 'date';
		note('format', sentence, true);
	} else if (/yyyymmdd 형식/i.test(sentence)) {
		rules.format = 'yyyyMMdd';
		note('format', sentence, true);
	} else if (/HHmm 형식/.test(sentence)) {
		rules.format = 'HHmm';
		note('format', sentence, true);
	} else {
		note('format', sentence, false, 'no format the converter knows');
	}
	void field;
}

const REQUIRED = /필수/;

function readRequirement(sentence: string, rules: ProseRules, note: Note): void {
	if (!REQUIRED.test(sentence) || /필수 아님|필수가 아닙니다/.test(sentence)) return;
	const add = (condition: Omit<Condition, 'sentence' | 'finding'>) => {
		// Encoded once convert.ts finds what it names among the object's fields.
		const finding = note('conditionalRequirement', sentence, false, 'not placed in the schema');
		(rules.conditions ??= []).push({ ...condition, sentence, finding });
	};
	// `packDate를 입력하지 않은 경우에는 필수`, `name을 입력하지 않은 경우 필수`
	const unless = /(\w+)(?:를|을)\s*입력하지 않은 경우(?:에는)?\s*필수/.exec(sentence);
	if (unless) return add({ kind: 'unless', fields: [unless[1]] });
	// `useStorePlace, useStoreAddressId, useStoreUrl 셋 중 하나는 필수`
	const oneOf = /^([\w]+(?:\s*,\s*\w+)+)\s*\S*\s*중 하나는 필수/.exec(sentence);
	if (oneOf) return add({ kind: 'unless', fields: oneOf[1].split(/\s*,\s*/) });
	// `시작일을 입력한 경우 필수`: the start of the same period.
	if (
		/^(?:.*\.\s*)?시작일을 입력한 경우 필수/.test(sentence) ||
		/시작일을 입력한 경우 필수/.test(sentence)
	)
		return add({ kind: 'with', fields: [], byWord: 'start' });
	// `deliveryAreaType이 3권역인 경우 필수`, `E쿠폰 유효기간 구분 타입(PeriodType)이 '특정 기간'인 경우 필수`
	const when = /(?:^|[\s(])(\w+)\)?(?:이|가)\s*'?([^']+?)'?(?:인|일) (?:경우|때)\s*필수/.exec(
		sentence,
	);
	if (when && /^[A-Za-z]/.test(when[1]))
		return add({ kind: 'when', fields: [when[1]], values: [when[2].trim()] });
	// `DELIVERY(택배, 소포, 등기)일 때 필수 입력`, `배송 속성이 SELLER_GURANTEE(…), HOPE_SELLER_GUARANTEE(…)인 경우 필수`
	const codes = [...sentence.matchAll(/\b([A-Z][A-Z0-9_]{2,})\(/g)].map((match) => match[1]);
	if (codes.length > 0 && /(?:인|일) (?:경우|때)\s*필수/.test(sentence))
		return add({ kind: 'when', fields: [], values: codes });
	if (
		/(?:인|일) (?:경우|때)(?:에는)?\s*필수|경우에는 필수|중 하나는 필수|입력한 경우 필수/.test(
			sentence,
		)
	) {
		note(
			'conditionalRequirement',
			sentence,
			false,
			/카테고리/.test(sentence)
				? 'depends on the category, which the request does not carry'
				: 'names no field or value the converter can find',
		);
	}
}

function readAllowed(sentence: string, field: FieldText, rules: ProseRules, note: Note): void {
	const allowed = /(?:^|[\s.])([A-Z0-9_]+(?:\s*,\s*[A-Z0-9_]+)*)만 입력 가능/.exec(sentence);
	if (!allowed) {
		if (/만 입력 가능/.test(sentence))
			note('onlyAllowed', sentence, false, 'not a list of values (a condition on the input)');
		return;
	}
	const values = allowed[1].split(/\s*,\s*/);
	// `미입력 혹은 비허용 타입 입력 시 기본값인 등록순(CREATE)으로 저장됩니다. CREATE, ABC만 입력
	// 가능합니다.`: another value is stored as the default, not refused.
	const soft = field.lines.some((line) => /비허용|무시/.test(line));
	if (soft) {
		rules.standardValues = values;
		note('onlyAllowed', sentence, true, 'soft: another value falls back to the default');
		return;
	}
	rules.enum = values;
	note('onlyAllowed', sentence, true);
}
