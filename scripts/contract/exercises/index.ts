/**
 * More of the coverage run (scripts/contract/coverage.ts), one module per API area: each calls the
 * emulator's endpoints of its area the way the node does, moving records through their states,
 * so their answers are measured against the reference. Add an area's module to the list.
 */
import type { NaverCommerceEmulator } from '../../../test/emulator/server';
import { catalogueData } from './catalogueData';
import { ordersAndSettlements } from './ordersAndSettlements';
import { productBulk } from './productBulk';
import { productImages } from './productImages';
import { productCreate } from './productCreate';
import { statistics } from './statistics';

export type CoverageCall = (
	method: string,
	path: string,
	options?: { query?: Record<string, string>; body?: unknown },
) => Promise<{ data?: unknown } & Record<string, unknown>>;

export interface CoverageRun {
	emulator: NaverCommerceEmulator;
	/** A JSON call with the run's token; its 2xx answers are recorded for the table. */
	call: CoverageCall;
	/** Records an answer got another way (a multipart upload), for the table. */
	record: (method: string, path: string, body: unknown) => void;
	token: string;
}

export type CoverageExercise = (run: CoverageRun) => Promise<void>;

export const EXERCISES: CoverageExercise[] = [
	ordersAndSettlements,
	productImages,
	productCreate,
	catalogueData,
	productBulk,
	statistics,
];
