import type { RouteModule } from '../server';
import { catalogueRoutes } from './catalogueData';
import { claimRoutes } from './claims';
import { deliveryGroupRoutes } from './deliveryGroups';
import { groupProductRoutes } from './groupProducts';
import { inquiryRoutes } from './inquiries';
import { inspectionRoutes } from './inspections';
import { listingLookupRoutes } from './listingLookups';
import { logisticsRoutes } from './logistics';
import { productBulkRoutes } from './productBulk';
import { productCreateRoutes } from './productCreate';
import { productImageRoutes } from './productImages';
import { productOrderRoutes } from './productOrders';
import { productRoutes } from './products';
import { sellerRoutes } from './seller';
import { sellerNoticeRoutes } from './sellerNotices';
import { settlementRoutes } from './settlements';
import { solutionRoutes } from './solutions';
import { statisticsRoutes } from './statistics';

/**
 * Every API the emulator serves, one module per resource. A module that reads what another keeps
 * beside the store (the product catalogue, the bundle groups) comes after it: a seller's store
 * (storePerSeller) builds its modules in this order, up to the one a call needs.
 */
export const ROUTE_MODULES: RouteModule[] = [
	sellerRoutes,
	productOrderRoutes,
	claimRoutes,
	productRoutes,
	productBulkRoutes,
	productImageRoutes,
	productCreateRoutes,
	inquiryRoutes,
	settlementRoutes,
	catalogueRoutes,
	inspectionRoutes,
	sellerNoticeRoutes,
	listingLookupRoutes,
	groupProductRoutes,
	deliveryGroupRoutes,
	logisticsRoutes,
	solutionRoutes,
	statisticsRoutes,
];
