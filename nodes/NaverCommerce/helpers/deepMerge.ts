import type { IDataObject } from 'n8n-workflow';

function isPlainObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `extra` laid over `base`: objects merge key by key at every depth, anything else (a list, a
 * text, a number) in `extra` replaces what `base` had. Neither input is changed.
 */
export function deepMerge(base: IDataObject, extra: IDataObject): IDataObject {
	const merged: IDataObject = { ...base };
	for (const [key, value] of Object.entries(extra)) {
		const current = merged[key];
		merged[key] =
			isPlainObject(current) && isPlainObject(value)
				? deepMerge(current, value)
				: (structuredClone(value) as IDataObject[keyof IDataObject]);
	}
	return merged;
}
