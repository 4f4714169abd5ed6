import type { RouteModule } from '../server';
import { catalogueRoutes } from './catalogueData';
import { claimRoutes } from './claims';
import { inquiryRoutes } from './inquiries';
import { productBulkRoutes } from './productBulk';
import { productCreateRoutes } from './productCreate';
import { productImageRoutes } from './productImages';
import { productOrderRoutes } from './productOrders';
import { productRoutes } from './products';
import { sellerRoutes } from './seller';
import { settlementRoutes } from './settlements';

/** Every API the emulator serves, one module per resource. */
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
];
