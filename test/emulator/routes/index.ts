import type { RouteModule } from '../server';
import { productOrderRoutes } from './productOrders';
import { sellerRoutes } from './seller';

/** Every API the emulator serves, one module per resource. */
export const ROUTE_MODULES: RouteModule[] = [sellerRoutes, productOrderRoutes];
