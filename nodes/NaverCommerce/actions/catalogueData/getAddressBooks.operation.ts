import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readLimit } from '../../helpers/parameters';
import {
	fetchAddressBooks,
	RETURN_ADDRESS_TYPES,
	SHIPPING_ADDRESS_TYPES,
} from '../../transport/catalogue';
import { returnAllAndLimit } from '../common.descriptions';
import { itemsOf } from './common';

const displayOptions = { show: { resource: ['catalogueData'], operation: ['getAddressBooks'] } };

/** The address types of Naver's reference (AddressBookType.sellers), or a kind of them. */
const ADDRESS_FILTERS: Record<string, string[] | undefined> = {
	all: undefined,
	shipping: SHIPPING_ADDRESS_TYPES,
	return: RETURN_ADDRESS_TYPES,
};

const properties: INodeProperties[] = [
	{
		displayName: 'Address Type',
		name: 'addressKind',
		type: 'options',
		options: [
			{ name: 'All', value: 'all', description: 'Every entry of the address book' },
			{
				name: 'Return Addresses',
				value: 'return',
				description:
					'Where returns and exchanges go (반품/교환지, a fulfilment centre’s included): the returnAddressId of a product',
			},
			{
				name: 'Shipping Addresses',
				value: 'shipping',
				description:
					'Where parcels leave from (출고지, a fulfilment centre’s included): the shippingAddressId of a product',
			},
		],
		default: 'all',
		description: 'Which entries of the address book to return, by their addressType',
	},
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One item per entry of the seller's address book (주소록): addressBookNo, name, addressType
 * (REPRESENTATIVE, RELEASE 출고지, REFUND_OR_EXCHANGE 반품/교환지, …), the address and phone
 * numbers. Naver lists 100 entries a page and filters none: the node reads page by page and keeps
 * the chosen kind.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const types = ADDRESS_FILTERS[this.getNodeParameter('addressKind', itemIndex, 'all') as string];
	const limit = readLimit.call(this, itemIndex);
	if (!types) return itemsOf(await fetchAddressBooks.call(this, limit, itemIndex), itemIndex);
	const entries = await fetchAddressBooks.call(this, Infinity, itemIndex);
	return itemsOf(
		entries.filter((entry) => types.includes(String(entry.addressType))).slice(0, limit),
		itemIndex,
	);
}
