/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The example workflows of examples/ as the tests and the demo hand them to n8n: the file as a
 * seller imports it, with only a workflow ID added (`n8n execute` and `n8n publish:workflow` name
 * a workflow by ID). The scheduled examples carry a Manual Trigger beside their Schedule Trigger,
 * so `n8n execute` starts them from it, as the editor's Execute Workflow button does; the trigger
 * examples run in a running n8n (`n8n start`), as they do once published.
 *
 * Every file given to n8n through `loadExample` is recorded, so examples.test.ts can fail when an
 * example exists that no test runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT } from '../e2e/realN8n';

export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	notes?: string;
	disabled?: boolean;
}

export interface Workflow {
	id?: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Record<string, unknown>;
	settings?: Record<string, unknown>;
}

/** The example workflow files, by name. */
export function exampleFiles(): string[] {
	return readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort();
}

export function readExample(file: string): Workflow {
	return JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf-8')) as Workflow;
}

/** The examples this process handed to n8n to run. */
export const loadedExamples = new Set<string>();

/** The example exactly as a seller imports it, with the workflow ID n8n's CLI needs. */
export function loadExample(file: string, id: string): Workflow {
	loadedExamples.add(file);
	return { ...readExample(file), id };
}

/** The credential an example names for `type` (they all name one of each type). */
export function credentialRef(workflow: Workflow, type: string): { id: string; name: string } {
	const ref = workflow.nodes.find((node) => node.credentials?.[type])?.credentials?.[type];
	if (!ref) throw new Error(`${workflow.name} names no ${type} credential`);
	return ref;
}

/** The value a Settings (Edit Fields) node of an example assigns to `field`. */
export function settingOf(workflow: Workflow, field: string): string {
	for (const node of workflow.nodes) {
		const assignments = (
			node.parameters.assignments as
				| { assignments?: Array<{ name: string; value: unknown }> }
				| undefined
		)?.assignments;
		const assignment = assignments?.find((entry) => entry.name === field);
		if (node.name === 'Settings' && assignment) return String(assignment.value);
	}
	throw new Error(`${workflow.name} has no Settings field ${field}`);
}
