import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/**
 * The fields of one operation with its display options added to each, so an operation module
 * declares where it shows once. Conditions a field already has (such as `returnAll: [false]`)
 * are kept beside them. n8n's own helper of this name is not exported to community packages.
 */
export function updateDisplayOptions(
	displayOptions: IDisplayOptions,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			...(displayOptions.show || property.displayOptions?.show
				? { show: { ...displayOptions.show, ...property.displayOptions?.show } }
				: {}),
			...(displayOptions.hide || property.displayOptions?.hide
				? { hide: { ...displayOptions.hide, ...property.displayOptions?.hide } }
				: {}),
		},
	}));
}
