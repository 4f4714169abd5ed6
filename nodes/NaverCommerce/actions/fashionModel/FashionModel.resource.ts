import type { INodePropertyOptions } from 'n8n-workflow';

import { listSearchOf } from '../../methods/listSearch';
import { rowsResource, type EndpointField, type EndpointRow } from '../endpointTable';
import type { ListSearchMethod } from '../node.type';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Fashion Model',
	value: 'fashionModel',
	description:
		"The store's fashion models (패션모델) whose height, weight and sizes clothing listings show: list, save, change and delete them",
};

const FASHION_MODEL_PATH = '/v1/product-fashion-models';

const fashionModelId: EndpointField = {
	name: 'fashionModelId',
	displayName: 'Fashion Model ID',
	kind: 'id',
	in: 'path',
	required: true,
	example: '7101',
	searchListMethod: 'searchFashionModels',
	description: 'The fashion model (패션모델 번호), by the ID that Get Many and Create return',
};

/**
 * A fashion model as Create saves it and Update replaces it (the same body). Only the name is
 * required; the pages give no ranges or formats for the others. Height and weight are left out
 * when empty rather than sent as 0.
 */
const FASHION_MODEL_FIELDS: EndpointField[] = [
	{
		name: 'name',
		displayName: 'Name',
		kind: 'text',
		in: 'body',
		required: true,
		example: '이서윤',
		description: "The model's name as buyers see it (패션모델명)",
	},
	{
		name: 'height',
		displayName: 'Height',
		kind: 'number',
		in: 'body',
		default: '',
		description: "The model's height in centimetres (패션모델 키); empty: not given",
	},
	{
		name: 'weight',
		displayName: 'Weight',
		kind: 'number',
		in: 'body',
		default: '',
		description: "The model's weight in kilograms (패션모델 몸무게); empty: not given",
	},
	{
		name: 'top',
		displayName: 'Top Size',
		kind: 'text',
		in: 'body',
		example: '55',
		description: 'The size of top the model wears (상의 사이즈), as written, such as 55, M or 100',
	},
	{
		name: 'bottom',
		displayName: 'Bottom Size',
		kind: 'text',
		in: 'body',
		example: '26',
		description: 'The size of bottoms the model wears (하의 사이즈), such as 26 or S',
	},
	{
		name: 'shoe',
		displayName: 'Shoe Size',
		kind: 'text',
		in: 'body',
		example: '240',
		description: 'The shoe size the model wears (신발 사이즈), such as 240',
	},
	{
		name: 'modelImageUrl',
		at: 'modelImage.url',
		displayName: 'Image URL',
		kind: 'text',
		in: 'body',
		example: 'https://shop-phinf.pstatic.net/…/model.jpg',
		description:
			"The URL of the model's picture (modelImage.url); empty: no picture. Naver shows images it hosts, such as those Product → Upload Images returns.",
	},
];

/** The Fashion Model operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'create',
		name: 'Create',
		description:
			"Writes: saves a new fashion model in the store's list, which clothing products can then show. Returns it with its ID.",
		action: 'Create a fashion model',
		method: 'POST',
		path: FASHION_MODEL_PATH,
		fields: FASHION_MODEL_FIELDS,
		writes: true,
	},
	{
		value: 'delete',
		name: 'Delete',
		description: "Writes: deletes a fashion model from the store's list for good",
		action: 'Delete a fashion model',
		method: 'DELETE',
		path: `${FASHION_MODEL_PATH}/{fashionModelId}`,
		fields: [fashionModelId],
		writes: true,
		output: { kind: 'data' },
	},
	{
		value: 'getMany',
		name: 'Get Many',
		description:
			"Read-only: lists the store's fashion models, one item per model with its sizes and picture",
		action: 'Get many fashion models',
		method: 'GET',
		path: FASHION_MODEL_PATH,
		fields: [],
		writes: false,
		output: { kind: 'entries' },
	},
	{
		value: 'update',
		name: 'Update',
		// The page does not say whether Naver keeps a value the PUT leaves out; the body is sent as the
		// whole model, so the description asks for every value to keep.
		description:
			'Writes: changes a fashion model: the values given are sent as the whole model (PUT), so fill in every value it should keep',
		action: 'Update a fashion model',
		method: 'PUT',
		path: `${FASHION_MODEL_PATH}/{fashionModelId}`,
		fields: [fashionModelId, ...FASHION_MODEL_FIELDS],
		writes: true,
	},
];

const built = rowsResource('fashionModel', ROWS, 'getMany');

export const operations = built.operations;
export const description = built.description;

/**
 * The store's fashion models for "From List", as Naver lists them (one answer, no pages), kept
 * when the name or ID contains the filter.
 */
export const listSearch: Record<string, ListSearchMethod> = {
	searchFashionModels: listSearchOf({
		path: FASHION_MODEL_PATH,
		valueField: 'id',
		name: (model) => {
			const figures = [
				model.height ? `${model.height} cm` : '',
				model.weight ? `${model.weight} kg` : '',
			].filter(Boolean);
			return `${String(model.name ?? 'Model')}${figures.length ? `, ${figures.join(' ')}` : ''} (${model.id})`;
		},
		texts: (model) => [model.name, model.id],
	}),
};
