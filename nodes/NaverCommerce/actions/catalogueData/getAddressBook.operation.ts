import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverIdParameter } from '../../helpers/parameters';
import { naverCommerceRequest } from '../../transport';
import { idLocatorField } from '../common.descriptions';

const displayOptions = { show: { resource: ['catalogueData'], operation: ['getAddressBook'] } };

const properties: INodeProperties[] = [
	idLocatorField({
		displayName: 'Address Book Entry',
		name: 'addressBookNo',
		description:
			"The entry of the seller's address book (주소록) to read: pick one, or give its addressBookNo, such as a product's shippingAddressId or returnAddressId",
		searchListMethod: 'searchAddressBooks',
		placeholder: '100000001',
	}),
];

export const description = updateDisplayOptions(displayOptions, properties);

/** One item: the entry's number, name, addressType, address and phone numbers. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const addressBookNo = naverIdParameter.call(
		this,
		'addressBookNo',
		'Address Book Entry',
		itemIndex,
		'100000001',
	);
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: `/v1/seller/addressbooks/${addressBookNo}` },
		itemIndex,
	);
	return [{ json: (response.body ?? {}) as IDataObject, pairedItem: { item: itemIndex } }];
}
