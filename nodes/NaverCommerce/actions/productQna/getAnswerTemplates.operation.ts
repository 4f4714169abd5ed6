import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { naverCommerceRequest } from '../../transport';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { QNA_TEMPLATE_QUESTION_TYPES } from '../../options/qnaTemplateQuestionTypes';

const displayOptions = { show: { resource: ['productQna'], operation: ['getAnswerTemplates'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Question Types',
				name: 'questionTypes',
				type: 'multiOptions',
				options: QNA_TEMPLATE_QUESTION_TYPES,
				default: [],
				description:
					'Only the templates for these kinds of question. Naver returns every template; the node keeps these.',
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

const KNOWN_TYPES = new Set(QNA_TEMPLATE_QUESTION_TYPES.map((option) => String(option.value)));

/** The Question Types filter as a set of Naver's codes; an unknown code is refused. */
function questionTypesOf(this: IExecuteFunctions, itemIndex: number): Set<string> | undefined {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const raw = filters.questionTypes;
	const types = (Array.isArray(raw) ? raw : raw === undefined || raw === '' ? [] : [raw])
		.flatMap((value) => String(value).split(','))
		.map((value) => value.trim().toUpperCase())
		.filter((value) => value !== '');
	const unknown = types.find((type) => !KNOWN_TYPES.has(type));
	if (unknown !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			`"${unknown}" is not a question type of Naver's answer templates`,
			{
				itemIndex,
				description: `Use one of ${[...KNOWN_TYPES].join(', ')}.`,
			},
		);
	}
	return types.length > 0 ? new Set(types) : undefined;
}

/**
 * The answer templates of the store (상품 문의 답변 템플릿), one item per template with its
 * questionType, subject and content. The reference shows one template object under a list title;
 * a list and a single object both become one item per template.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const wanted = questionTypesOf.call(this, itemIndex);
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: '/v1/contents/qnas/templates' },
		itemIndex,
	);
	const body = response.body;
	const templates = (
		Array.isArray(body) ? body : body && typeof body === 'object' ? [body] : []
	) as IDataObject[];
	return templates
		.filter((template) => !wanted || wanted.has(String(template.questionType)))
		.map((template) => ({ json: template, pairedItem: { item: itemIndex } }));
}
