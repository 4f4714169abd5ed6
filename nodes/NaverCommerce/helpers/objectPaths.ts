import type { IDataObject } from 'n8n-workflow';

/**
 * A copy of `value` without the fields at `paths`. A path names nested fields with dots, and
 * `[]` after a name for "in every element of this list": `a.list[].b` removes `b` from each object
 * in `a.list`. Fields that are not there are ignored; `value` itself is not changed.
 */
export function withoutPaths<T>(value: T, paths: readonly string[]): T {
	const copy = structuredClone(value);
	for (const path of paths) removePath(copy, path.split('.'));
	return copy;
}

function removePath(target: unknown, steps: string[]): void {
	if (target === null || typeof target !== 'object' || Array.isArray(target)) return;
	const object = target as IDataObject;
	const [step, ...rest] = steps;
	const inList = step.endsWith('[]');
	const name = inList ? step.slice(0, -2) : step;
	if (rest.length === 0 && !inList) {
		delete object[name];
		return;
	}
	const child = object[name];
	if (inList) {
		if (Array.isArray(child)) for (const element of child) removePath(element, rest);
		return;
	}
	removePath(child, rest);
}
