import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { triggerProperties } from './trigger/description';
import { pollChanges } from './trigger/poll';

export class NaverCommerceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Naver Commerce Trigger',
		name: 'naverCommerceTrigger',
		icon: { light: 'file:naverCommerce.svg', dark: 'file:naverCommerce.dark.svg' },
		group: ['trigger'],
		subtitle: 'Product order changes',
		version: 1,
		description: 'Starts the workflow when product orders of a Naver SmartStore change',
		defaults: { name: 'Naver Commerce Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'naverCommerceApi', required: true }],
		properties: triggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollChanges.call(this);
	}
}
