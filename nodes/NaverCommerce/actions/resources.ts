import * as apiRequest from './apiRequest/ApiRequest.resource';
import type { ResourceModule, ResourceName } from './node.type';

/** Every resource of the node, by its parameter value. */
export const RESOURCES: Partial<Record<ResourceName, ResourceModule>> = {
	apiRequest,
};
