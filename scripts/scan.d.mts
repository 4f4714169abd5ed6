export interface ScanResult {
	passed: boolean;
	message?: string;
	details?: string;
}

export function scanPackage(
	tarballPath?: string,
): Promise<{ tarball: ScanResult; source: ScanResult }>;
