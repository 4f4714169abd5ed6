import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { formatNaverDateTime, toEpochMs } from '../../helpers/naverDate';
import { assertPeriodOrder } from '../../helpers/parameters';

/**
 * A period given as two date parameters: the start is required, an empty end means now. Errors
 * name the parameters as the editor shows them.
 */
export function readPeriod(
	this: IExecuteFunctions,
	itemIndex: number,
	from: { name: string; label: string },
	to: { name: string; label: string },
): { fromMs: number; toMs: number } {
	const node = this.getNode();
	let fromMs: number;
	let toMs: number;
	try {
		fromMs = toEpochMs(this.getNodeParameter(from.name, itemIndex), from.label);
		const toValue = this.getNodeParameter(to.name, itemIndex, '');
		toMs = toValue === '' || toValue === null ? Date.now() : toEpochMs(toValue, to.label);
	} catch (error) {
		throw new NodeOperationError(node, error as Error, { itemIndex });
	}
	assertPeriodOrder.call(
		this,
		itemIndex,
		{ label: from.label, at: fromMs, shown: formatNaverDateTime(fromMs) },
		{ label: to.label, at: toMs, shown: formatNaverDateTime(toMs) },
	);
	return { fromMs, toMs };
}
