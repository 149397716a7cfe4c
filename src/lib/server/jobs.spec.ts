import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from './db/client';
import { openPostgres } from './db/postgres';
import { jobRuns } from './db/schema';
import { claimJobRun, forgetJobRuns } from './jobs';
import { createTestDb } from './testing/test-db';

let db: AppDatabase;
let path: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup, path } = await createTestDb()));
afterEach(() => cleanup());

/** A second connection to the same database, as a second app process has. */
function secondProcess(): AppDatabase {
	return db.$dialect === 'postgres' ? openPostgres(path, { max: 4 }) : openDatabase(path);
}

const HOUR = 60 * 60 * 1000;

describe('scheduled jobs with several app processes', () => {
	it('runs each period once: of two processes claiming it at the same moment, one wins', async () => {
		const other = secondProcess();
		try {
			const now = new Date('2026-12-04T10:15:00Z');
			const claims = await Promise.all(
				Array.from({ length: 20 }, (_, i) =>
					claimJobRun(i % 2 ? other : db, 'housekeeping', HOUR, now)
				)
			);
			expect(claims.filter(Boolean)).toHaveLength(1);
			// Later in the same hour: nobody runs it again; the next hour, one does.
			expect(await claimJobRun(other, 'housekeeping', HOUR, new Date('2026-12-04T10:59:59Z'))).toBe(
				false
			);
			expect(await claimJobRun(db, 'housekeeping', HOUR, new Date('2026-12-04T11:00:00Z'))).toBe(
				true
			);
			expect(await claimJobRun(other, 'housekeeping', HOUR, new Date('2026-12-04T11:00:01Z'))).toBe(
				false
			);
			// Another job has periods of its own.
			expect(await claimJobRun(other, 'training', 60_000, now)).toBe(true);
			expect(await db.select().from(jobRuns)).toHaveLength(3);
		} finally {
			await other.$close();
		}
	});

	it('forgets old claims', async () => {
		await claimJobRun(db, 'training', 60_000, new Date('2026-12-01T00:00:00Z'));
		await claimJobRun(db, 'training', 60_000, new Date('2026-12-04T00:00:00Z'));
		expect(await forgetJobRuns(db, new Date('2026-12-03T00:00:00Z'))).toBe(1);
		expect((await db.select().from(jobRuns)).map((row) => row.startedAt.toISOString())).toEqual([
			'2026-12-04T00:00:00.000Z'
		]);
	});
});
