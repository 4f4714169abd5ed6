import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idLocatorField } from '../common.descriptions';
import { toProductNumber } from '../product/shared';

/**
 * The Channel Product Number field (채널 상품번호): the number of a product in one sales channel,
 * Smart Store (STOREFARM) or the shopping window (WINDOW). Search returns each as
 * channelProducts[].channelProductNo.
 */
export function channelProductNoField(
	description: string,
	defaultValue?: { mode: 'id'; value: string },
): INodeProperties {
	return idLocatorField({
		displayName: 'Channel Product Number',
		name: 'channelProductNo',
		description,
		searchListMethod: 'searchChannelProducts',
		placeholder: '10000000008',
		default: defaultValue,
	});
}

export function channelProductNoOf(this: IExecuteFunctions, itemIndex: number): number {
	return toProductNumber.call(
		this,
		this.getNodeParameter('channelProductNo', itemIndex, '', { extractValue: true }),
		'Channel Product Number',
		itemIndex,
	);
}
