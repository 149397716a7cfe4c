import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The workplace's folder of real datasets (Quick, Draw! drawings, sketch-rnn models, spot labels),
 * which tests read but the repository never copies: `SHARED_DATA_DIR`, else `../shared/data` next
 * to the repository (where CI lays it beside its clone).
 */
export function sharedDataDir(): string | null {
	const candidates = [process.env.SHARED_DATA_DIR, resolve('../shared/data')].filter(
		(dir): dir is string => Boolean(dir)
	);
	const found = candidates.find((dir) => existsSync(resolve(dir, 'quickdraw')));
	if (!found)
		console.warn(
			`Real-data tests skipped: no shared data folder (looked in ${candidates.join(', ')}).`
		);
	return found ?? null;
}
