import type { RouteModule } from '../server';

/** Seller account and channels (판매자 정보). */
export const sellerRoutes: RouteModule = ({ store }) => [
	{
		method: 'GET',
		pattern: /^\/v1\/seller\/account$/,
		name: 'seller.account',
		handler: () => ({ status: 200, body: store.account }),
	},
	{
		method: 'GET',
		pattern: /^\/v1\/seller\/channels$/,
		name: 'seller.channels',
		handler: () => ({ status: 200, body: store.channels }),
	},
];
