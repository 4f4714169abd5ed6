import type { AllEntities } from 'n8n-workflow';

/** Resource → operation names, so the router's dispatch is checked by the compiler. */
type NodeMap = {
	apiRequest: 'send';
};

export type NaverCommerceType = AllEntities<NodeMap>;
