/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Registration has one source (actions/resources.ts): this walks every resource and checks that
 * the node's Resource list, each Operation selector and the operation modules agree, so a new
 * operation cannot be half registered.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { sentenceCase } from 'sentence-case';

import { NaverCommerce } from '../../nodes/NaverCommerce/NaverCommerce.node.ts';
import type { OperationModule } from '../../nodes/NaverCommerce/actions/node.type';
import { RESOURCES } from '../../nodes/NaverCommerce/actions/resources';

/** n8n's lint rule node-param-operation-option-action-miscased, as its source reads. */
function isSentenceCase(sentence: string): boolean {
	const words = sentence
		.split(' ')
		.filter((word) => word !== word.toUpperCase())
		.join(' ');
	return words === sentenceCase(words);
}

const node = new NaverCommerce().description;

describe('Resources and operations are registered once and agree', () => {
	test("the node's Resource list is every registered resource, in alphabetical order", () => {
		const resourceField = node.properties.find((property) => property.name === 'resource');
		const options = resourceField?.options as INodePropertyOptions[];
		assert.deepEqual(options.map((option) => option.value).sort(), Object.keys(RESOURCES).sort());
		assert.deepEqual(
			options.map((option) => option.name),
			[...options.map((option) => option.name)].sort((a, b) => a.localeCompare(b)),
		);
		for (const [key, module] of Object.entries(RESOURCES)) {
			assert.equal(module.resource.value, key, `${key}: its option's value is its key`);
			assert.ok(String(module.resource.description ?? '').length > 10, `${key}: described`);
		}
	});

	for (const [resource, module] of Object.entries(RESOURCES)) {
		test(`${resource}: each operation option has a module and each module an option`, () => {
			const selector = module.description.find((property) => property.name === 'operation');
			assert.ok(selector, 'an Operation selector');
			assert.deepEqual(selector.displayOptions?.show?.resource, [resource]);
			const options = selector.options as INodePropertyOptions[];
			const operations = module.operations as Record<string, OperationModule>;
			assert.deepEqual(
				options.map((option) => option.value).sort(),
				Object.keys(operations).sort(),
			);
			assert.ok(
				options.some((option) => option.value === selector.default),
				'default exists',
			);
			for (const option of options) {
				const action = String(option.action ?? '');
				assert.ok(action.length > 0, `${option.value}: has an action`);
				assert.ok(isSentenceCase(action), `${option.value}: "${action}" is in sentence case`);
				assert.ok(String(option.description ?? '').length > 10, `${option.value}: described`);
			}
		});

		test(`${resource}: every operation's fields show for it alone and are in the node`, () => {
			for (const [operation, operationModule] of Object.entries(
				module.operations as Record<string, OperationModule & { description: INodeProperties[] }>,
			)) {
				assert.ok(
					'execute' in operationModule || 'executeBatch' in operationModule,
					`${operation}: runs`,
				);
				for (const field of operationModule.description) {
					assert.deepEqual(field.displayOptions?.show?.resource, [resource], field.name);
					assert.deepEqual(field.displayOptions?.show?.operation, [operation], field.name);
					assert.ok(node.properties.includes(field), `${operation}.${field.name} is in the node`);
				}
			}
		});
	}
});
