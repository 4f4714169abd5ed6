import type { RouteModule } from '../server';

/** Settlements (정산). */
export const settlementRoutes: RouteModule = () => [];
