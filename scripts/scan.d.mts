export interface ScanResult {
	passed: boolean;
	message?: string;
	details?: string;
}

export function scanPackage(): Promise<{ tarball: ScanResult; source: ScanResult }>;
