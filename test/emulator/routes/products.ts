import type { RouteModule } from '../server';

/** Products (상품). */
export const productRoutes: RouteModule = () => [];
