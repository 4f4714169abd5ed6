import * as apiRequest from './apiRequest/ApiRequest.resource';
import * as claim from './claim/Claim.resource';
import * as customerInquiry from './customerInquiry/CustomerInquiry.resource';
import type { ResourceModule, ResourceName } from './node.type';
import * as product from './product/Product.resource';
import * as productOrder from './productOrder/ProductOrder.resource';
import * as productQna from './productQna/ProductQna.resource';
import * as seller from './seller/Seller.resource';
import * as settlement from './settlement/Settlement.resource';

/** Every resource of the node, by its parameter value. */
export const RESOURCES: Record<ResourceName, ResourceModule> = {
	apiRequest,
	claim,
	customerInquiry,
	product,
	productOrder,
	productQna,
	seller,
	settlement,
};
