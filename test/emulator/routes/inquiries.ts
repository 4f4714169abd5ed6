import type { RouteModule } from '../server';

/** Customer inquiries and product Q&A. */
export const inquiryRoutes: RouteModule = () => [];
