/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as claim from '../../../nodes/NaverCommerce/actions/claim/Claim.resource';
import { RESOURCES } from '../../../nodes/NaverCommerce/actions/resources';

// What the editor and an AI agent see of the Claim resource: every operation is listed once, in
// alphabetical order, says what it does, and has its own fields.

const operationProperty = claim.description.find((property) => property.name === 'operation')!;
const operationOptions = operationProperty.options as INodePropertyOptions[];
const fields = claim.description.filter((property) => property !== operationProperty);

function assertAlphabetical(names: string[], where: string) {
	assert.deepEqual(
		names,
		[...names].sort((a, b) => a.localeCompare(b)),
		where,
	);
}

describe('Claim resource description', () => {
	test('the router reaches the Claim resource', () => {
		assert.equal(RESOURCES.claim.operations.cancelApprove, claim.operations.cancelApprove);
		assert.equal(RESOURCES.claim.description, claim.description);
	});

	test('every operation is listed once, alphabetically, with a description and an action', () => {
		assert.deepEqual(operationProperty.displayOptions, { show: { resource: ['claim'] } });
		assertAlphabetical(
			operationOptions.map((option) => option.name),
			'operations',
		);
		assert.deepEqual(
			operationOptions.map((option) => option.value).sort(),
			Object.keys(claim.operations).sort(),
		);
		assert.ok(operationOptions.some((option) => option.value === operationProperty.default));
		for (const option of operationOptions) {
			// Sentence case and says what it acts on, as n8n shows actions to users and agents.
			assert.match(String(option.action), /^[A-Z][a-z]+ [a-z ]*product orders/, option.name);
			assert.ok((option.description ?? '').length > 20, option.name);
			assert.ok('executeBatch' in claim.operations[option.value as keyof typeof claim.operations]);
		}
	});

	test('every field belongs to the Claim resource and to exactly one operation', () => {
		const operations = new Set(operationOptions.map((option) => String(option.value)));
		const shownFor = new Map<string, string[]>();
		for (const field of fields) {
			const show = field.displayOptions?.show ?? {};
			assert.deepEqual(show.resource, ['claim'], field.name);
			assert.equal(show.operation?.length, 1, field.name);
			const operation = String(show.operation![0]);
			assert.ok(operations.has(operation), `${field.name} → ${operation}`);
			shownFor.set(operation, [...(shownFor.get(operation) ?? []), field.name]);
		}
		for (const operation of operations) {
			assert.ok(shownFor.get(operation)?.includes('productOrderIds'), operation);
		}
	});

	test('every option list is alphabetical with unique values, and collections are sorted', () => {
		const visit = (property: INodeProperties, path: string) => {
			if (property.type === 'options') {
				const options = property.options as INodePropertyOptions[];
				assertAlphabetical(
					options.map((option) => option.name),
					path,
				);
				const values = options.map((option) => option.value);
				assert.equal(new Set(values).size, values.length, `${path} values are unique`);
				assert.ok(values.includes(property.default as string), `${path} default is an option`);
			}
			if (property.type === 'collection') {
				const nested = property.options as INodeProperties[];
				assertAlphabetical(
					nested.map((option) => option.displayName),
					path,
				);
				for (const option of nested) visit(option, `${path}.${option.name}`);
			}
		};
		const optionFields = fields.filter((field) => field.type === 'options');
		assert.ok(optionFields.length >= 7, 'reasons, methods, hold back types and couriers');
		for (const field of fields)
			visit(field, `${field.displayOptions?.show?.operation}.${field.name}`);
	});
});
