import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { triggerProperties } from './trigger/description';
import { pollTrigger } from './trigger/poll';

export class NaverCommerceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Naver Commerce Trigger',
		name: 'naverCommerceTrigger',
		icon: { light: 'file:naverCommerce.svg', dark: 'file:naverCommerce.dark.svg' },
		group: ['trigger'],
		subtitle:
			'={{ {"customerInquiry": "New customer inquiries", "productQuestion": "New product questions", "productSentBack": "Products sent back by inspection"}[$parameter["triggerOn"]] || "Product order changes" }}',
		version: 1,
		description:
			// n8n's nodes panel shows the node and its trigger as one entry with this description, so
			// it names both: a seller must not take the package for a trigger only.
			'Starts workflows when Naver SmartStore orders change, customers ask or a product is sent back; the Naver Commerce node then confirms, ships, lists products and answers',
		defaults: { name: 'Naver Commerce Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'naverCommerceApi', required: true }],
		properties: triggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollTrigger.call(this);
	}
}
