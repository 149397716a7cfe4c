import { lt } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { run } from './db/query';
import { jobRuns } from './db/schema';

/**
 * Claims this period's run of a scheduled job: true for the one process (of however many share
 * the database) whose insert of (job, period) went in first; false for every other, which then
 * skips the run.
 */
export async function claimJobRun(
	db: AppDatabase,
	job: string,
	everyMs: number,
	now = new Date()
): Promise<boolean> {
	const slot = Math.floor(now.getTime() / everyMs);
	const { changes } = await run(
		db.insert(jobRuns).values({ job, slot, startedAt: now }).onConflictDoNothing()
	);
	return changes === 1;
}

/** Runs `work` on a timer, every `everyMs`, each period in one process only; errors are logged. */
export function everyPeriod(
	db: AppDatabase,
	job: string,
	everyMs: number,
	work: () => Promise<unknown>
): () => Promise<void> {
	const tick = async () => {
		try {
			if (await claimJobRun(db, job, everyMs)) await work();
		} catch (error) {
			console.error(`Scheduled job "${job}" failed:`, error);
		}
	};
	setInterval(() => void tick(), everyMs).unref();
	return tick;
}

/** Forgets the claims of runs started before `before` (housekeeping). */
export async function forgetJobRuns(db: AppDatabase, before: Date): Promise<number> {
	return (await run(db.delete(jobRuns).where(lt(jobRuns.startedAt, before)))).changes;
}
