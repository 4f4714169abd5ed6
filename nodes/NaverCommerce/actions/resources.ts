import * as apiRequest from './apiRequest/ApiRequest.resource';
import * as catalogueData from './catalogueData/CatalogueData.resource';
import * as channelProduct from './channelProduct/ChannelProduct.resource';
import * as claim from './claim/Claim.resource';
import * as commerceSolution from './commerceSolution/CommerceSolution.resource';
import * as customerInquiry from './customerInquiry/CustomerInquiry.resource';
import * as deliveryGroup from './deliveryGroup/DeliveryGroup.resource';
import * as fashionModel from './fashionModel/FashionModel.resource';
import * as groupProduct from './groupProduct/GroupProduct.resource';
import * as logisticsSku from './logisticsSku/LogisticsSku.resource';
import type { ResourceModule } from './node.type';
import * as product from './product/Product.resource';
import * as productInspection from './productInspection/ProductInspection.resource';
import * as productOrder from './productOrder/ProductOrder.resource';
import * as productQna from './productQna/ProductQna.resource';
import * as seller from './seller/Seller.resource';
import * as sellerNotice from './sellerNotice/SellerNotice.resource';
import * as settlement from './settlement/Settlement.resource';
import * as statistics from './statistics/Statistics.resource';

/**
 * Every resource of the node, by its parameter value: the one place a resource is registered.
 * The node's Resource list, its fields and the router all come from here. Keep them in the
 * alphabetical order of their names (the Resource list's order).
 */
export const RESOURCES = {
	apiRequest,
	catalogueData,
	channelProduct,
	claim,
	commerceSolution,
	customerInquiry,
	deliveryGroup,
	fashionModel,
	groupProduct,
	logisticsSku,
	product,
	productInspection,
	productOrder,
	productQna,
	seller,
	sellerNotice,
	settlement,
	statistics,
} satisfies Record<string, ResourceModule>;

export type ResourceName = keyof typeof RESOURCES;

/**
 * The Resource list as the editor shows it: RESOURCES is written in the alphabetical order of
 * the names shown (test/unit/registration.test.ts checks it), so nothing sorts at load time, where
 * the first localeCompare would cost the node's cold start the collator's set-up.
 */
export const RESOURCE_OPTIONS = Object.values(RESOURCES).map((module) => module.resource);
