import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pollCustomerInquiries } from './customerInquiries';
import { TRIGGER_SOURCES, type TriggerSource } from './description';
import { pollProductOrderChanges } from './productOrderChanges';
import { pollProductQuestions } from './productQuestions';
import { pollSentBackProducts } from './sentBackProducts';

function readTriggerSource(this: IPollFunctions): TriggerSource {
	const source = this.getNodeParameter('triggerOn', 'productOrderChange') as TriggerSource;
	if (!TRIGGER_SOURCES.includes(source)) {
		throw new NodeOperationError(this.getNode(), `Unknown Trigger On value "${String(source)}"`, {
			description: `Choose one of: ${TRIGGER_SOURCES.join(', ')}.`,
		});
	}
	return source;
}

/** The trigger's poll(): the source this node watches, polled or (Fetch Test Event) sampled. */
export async function pollTrigger(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	switch (readTriggerSource.call(this)) {
		case 'customerInquiry':
			return await pollCustomerInquiries.call(this);
		case 'productQuestion':
			return await pollProductQuestions.call(this);
		case 'productSentBack':
			return await pollSentBackProducts.call(this);
		default:
			return await pollProductOrderChanges.call(this);
	}
}
