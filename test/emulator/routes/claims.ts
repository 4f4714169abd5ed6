import type { RouteModule } from '../server';

/** Claims (취소/반품/교환). */
export const claimRoutes: RouteModule = () => [];
