/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The names a seller reads in README.md, docs/ (English and Korean) and examples/README.md are
 * the names the editor shows. Read from the node's, the trigger's and the credential's own
 * descriptions, so a renamed or new operation fails here until the docs follow:
 *
 * - a table row whose first cell names a resource lists, in its second cell, only that
 *   resource's operations (README's and operations.md's tables list every one of them);
 * - `Resource → Operation` names an operation of that resource;
 * - a parameter with options followed by an emphasised value (`Change Types *New Paid Order*`,
 *   `**Trigger On**: _Product Order Change_`) names one of its options;
 * - names the node once showed, or never did, appear nowhere.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { NaverCommerceApi } from '../../credentials/NaverCommerceApi.credentials.ts';
import { NaverCommerce } from '../../nodes/NaverCommerce/NaverCommerce.node.ts';
import { NaverCommerceTrigger } from '../../nodes/NaverCommerce/NaverCommerceTrigger.node.ts';

const ROOT = resolve(__dirname, '../..');

/** What a seller reads. contract-coverage.md is generated from the contract and names no operation. */
const DOCS = [
	'README.md',
	'examples/README.md',
	...readdirSync(join(ROOT, 'docs'))
		.filter((file) => file.endsWith('.md') && file !== 'contract-coverage.md')
		.map((file) => `docs/${file}`),
];

/** Docs that must list every operation of every resource in their tables. */
const COMPLETE_TABLES = ['README.md', 'docs/README.ko.md', 'docs/operations.md'];

/**
 * Names the docs once used that the editor does not show, with the name it shows. Any of these
 * in a doc is drift, whatever the context.
 */
const RETIRED_NAMES: Record<string, string> = {
	'Release Hold Back Return': 'Release Return Hold Back',
	'Release Hold Back Exchange': 'Release Exchange Hold Back',
	'Hold Back/Release Hold Back': 'Hold Back Return / Release Return Hold Back',
	'New Paid Orders → Order Details → Confirm Orders':
		'Product Order → Get Many Changed → Get → Confirm',
	'*Paid*': '*New Paid Order*',
	_Paid_: '_New Paid Order_',
	'*Payed*': '*New Paid Order*',
};

const nodeProperties = new NaverCommerce().description.properties;
const triggerProperties = new NaverCommerceTrigger().description.properties;
const credentialProperties = new NaverCommerceApi().properties;

const resourceProperty = nodeProperties.find((property) => property.name === 'resource');
assert.ok(resourceProperty?.options, 'the node has a Resource parameter');
const RESOURCES = new Map(
	(resourceProperty.options as INodePropertyOptions[]).map((option) => [
		option.name,
		String(option.value),
	]),
);

/** Resource display name → its operations' display names. */
const OPERATIONS = new Map<string, Set<string>>();
for (const [name, value] of RESOURCES) {
	const operations = nodeProperties.filter(
		(property) =>
			property.name === 'operation' && property.displayOptions?.show?.resource?.includes(value),
	);
	assert.equal(operations.length, 1, `one Operation parameter for ${name}`);
	OPERATIONS.set(
		name,
		new Set((operations[0].options as INodePropertyOptions[]).map((option) => option.name)),
	);
}

/** Parameter display name → the names of its options, over node, trigger and credential. */
const OPTIONS_OF = new Map<string, Set<string>>();
function collect(properties: Array<INodeProperties | INodePropertyCollection>): void {
	for (const property of properties) {
		if ('values' in property) {
			collect(property.values);
			continue;
		}
		for (const option of property.options ?? []) {
			if ('values' in option) collect([option]);
			else if ('value' in option) {
				const names = OPTIONS_OF.get(property.displayName) ?? new Set<string>();
				names.add(option.name);
				OPTIONS_OF.set(property.displayName, names);
			} else collect([option as INodeProperties]);
		}
	}
}
collect([...nodeProperties, ...triggerProperties, ...credentialProperties]);

function read(file: string): string {
	return readFileSync(join(ROOT, file), 'utf-8');
}

/** Line numbers count from 1, for the message. */
function lineOf(text: string, index: number): number {
	return text.slice(0, index).split('\n').length;
}

/** The resource a table row's first cell names: `Claim`, or `클레임 (Claim)` in Korean. */
function resourceOfCell(cell: string): string | undefined {
	const plain = cell.replace(/[*_`]/g, '').trim();
	if (RESOURCES.has(plain)) return plain;
	// A name may hold parentheses itself: `통계 (Statistics (Brand Store))`.
	return [...RESOURCES.keys()].find((name) => plain.endsWith(`(${name})`));
}

/** A table cell's names, separated by ` · `, `, ` or `; ` (a name itself may hold `/` or `&`). */
function namesInCell(cell: string): string[] {
	return cell
		.replace(/[*_`]/g, '')
		.split(/\s+·\s+|,\s+|;\s+/)
		.map((name) => name.trim())
		.filter(Boolean);
}

interface OperationRow {
	line: number;
	resource: string;
	names: string[];
}

function operationRows(text: string): OperationRow[] {
	const rows: OperationRow[] = [];
	text.split('\n').forEach((line, index) => {
		if (!line.startsWith('|')) return;
		const cells = line.split('|').slice(1, -1);
		if (cells.length < 2) return;
		const resource = resourceOfCell(cells[0]);
		if (!resource) return;
		rows.push({ line: index + 1, resource, names: namesInCell(cells[1]) });
	});
	return rows;
}

describe('docs name what the editor shows', () => {
	test('the descriptions were read: resources, operations and options', () => {
		assert.ok(RESOURCES.size >= 10, `${RESOURCES.size} resources`);
		assert.ok(OPERATIONS.get('Claim')?.has('Release Return Hold Back'));
		assert.ok(OPTIONS_OF.get('Change Types')?.has('New Paid Order'));
		assert.ok(OPTIONS_OF.get('Trigger On')?.has('Product Order Change'));
	});

	for (const file of DOCS) {
		test(`${file}: table rows name only the resource's operations`, () => {
			const wrong: string[] = [];
			for (const row of operationRows(read(file))) {
				const operations = OPERATIONS.get(row.resource)!;
				// API Request's row may describe it in words (`Send: any endpoint…`).
				const names = row.resource === 'API Request' ? row.names.slice(0, 1) : row.names;
				for (const name of names) {
					const operation = row.resource === 'API Request' ? name.split(':')[0] : name;
					if (!operations.has(operation))
						wrong.push(`line ${row.line}: ${row.resource} has no operation "${operation}"`);
				}
			}
			assert.deepEqual(wrong, []);
		});

		test(`${file}: Resource → Operation names an operation of that resource`, () => {
			const text = read(file);
			const wrong: string[] = [];
			const resources = [...RESOURCES.keys()].sort((a, b) => b.length - a.length);
			const arrow = new RegExp(
				// Not after a letter or digit: `_Group Product → Create_` (Markdown emphasis) is Group Product's.
				`(?<![A-Za-z0-9&])(${resources.map((name) => name.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')).join('|')}) → ([^\\n]+)`,
				'g',
			);
			for (const match of text.matchAll(arrow)) {
				const [, resource, rest] = match;
				const operations = [...OPERATIONS.get(resource)!].sort((a, b) => b.length - a.length);
				const named = operations.find(
					(operation) =>
						rest.startsWith(operation) && !/^[A-Za-z0-9-]/.test(rest.slice(operation.length)),
				);
				if (!named)
					wrong.push(
						`line ${lineOf(text, match.index)}: "${resource} → ${rest.slice(0, 40)}" is not one of ${[...OPERATIONS.get(resource)!].join(', ')}`,
					);
			}
			assert.deepEqual(wrong, []);
		});

		test(`${file}: a parameter's emphasised value is one of its options`, () => {
			const text = read(file);
			const wrong: string[] = [];
			for (const [parameter, options] of OPTIONS_OF) {
				const escaped = parameter.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');
				// `Change Types *X*`, `**Trigger On**: _X_, _Y_ …` – each emphasised value in a row.
				const mention = new RegExp(
					`(?<![A-Za-z] )(?<![\\w-])(?:\\*\\*|\\*|_)?${escaped}(?:\\*\\*|\\*|_)?:? ((?:(?:\\*|_)[^*_\\n]+(?:\\*|_)[^*_\\n]{0,60}?(?:, | or | and |,|$))+)`,
					'gm',
				);
				for (const match of text.matchAll(mention)) {
					for (const value of match[1].matchAll(/(?:\*|_)([^*_\n]+)(?:\*|_)/g)) {
						if (!options.has(value[1].trim()))
							wrong.push(
								`line ${lineOf(text, match.index)}: ${parameter} has no option "${value[1]}"`,
							);
					}
				}
			}
			assert.deepEqual(wrong, []);
		});

		test(`${file}: no retired or invented names`, () => {
			const text = read(file);
			const wrong = Object.entries(RETIRED_NAMES)
				.filter(([retired]) => text.includes(retired))
				.map(
					([retired, shown]) =>
						`line ${lineOf(text, text.indexOf(retired))}: "${retired}" – the editor shows "${shown}"`,
				);
			assert.deepEqual(wrong, []);
		});
	}

	test('docs/development.md names every npm script of package.json', () => {
		const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
		const development = read('docs/development.md');
		const unnamed = Object.keys(scripts).filter(
			(name) => !development.includes(name === 'test' ? '`npm test`' : `\`npm run ${name}\``),
		);
		assert.deepEqual(unnamed, []);
	});

	for (const file of COMPLETE_TABLES) {
		test(`${file}: its tables list every operation of every resource`, () => {
			const listed = new Map<string, Set<string>>();
			for (const row of operationRows(read(file))) {
				const names = listed.get(row.resource) ?? new Set<string>();
				for (const name of row.names) names.add(name.split(':')[0]);
				listed.set(row.resource, names);
			}
			const missing: string[] = [];
			for (const [resource, operations] of OPERATIONS)
				for (const operation of operations)
					if (!listed.get(resource)?.has(operation)) missing.push(`${resource} → ${operation}`);
			assert.deepEqual(missing, []);
		});
	}
});
