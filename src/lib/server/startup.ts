import { config } from './config';
import { getDb, initDatabase } from './db';
import { deleteExpiredSessions } from './auth/session';
import { deleteExpiredStudentSessions } from './auth/student-session';
import { purgeRateLimits } from './rate-limit';
import { LONGEST_RULE_MS, forgetOldDevices } from './join-guard';
import { MAIL_RESUME_INTERVAL_MS, resumeMailDelivery } from './mail';
import { seedDemoContent } from './seed';
import { claimJobRun, everyPeriod, forgetJobRuns } from './jobs';
import { runTrainingJobs, TRAINING_JOB_INTERVAL_MS } from './training';
import type { AppDatabase } from './db/client';
import { DatabaseUrlError } from './db/dialect';
import { shareProgressThroughPostgres } from './live';
import type pg from 'pg';

/** How often expired sessions, old devices and spent rate-limit counters are deleted. */
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** Deletes what has expired by `now`: sessions of both kinds, old devices, spent counters. */
export async function housekeeping(db: AppDatabase = getDb(), now = new Date()): Promise<void> {
	await deleteExpiredSessions(db, now);
	await deleteExpiredStudentSessions(db, now);
	await forgetOldDevices(db, now);
	await purgeRateLimits(
		db,
		new Date(now.getTime() - Math.max(config.loginWindowSeconds * 1000, LONGEST_RULE_MS))
	);
	await forgetJobRuns(db, new Date(now.getTime() - 24 * HOUSEKEEPING_INTERVAL_MS));
}

/** Exit status for a configuration the server cannot run with (sysexits' EX_CONFIG). */
export const EXIT_CONFIG = 78;

/**
 * The database, or one clear line and exit status 78 when DATABASE_URL cannot be used: a process
 * manager told not to restart on 78 (systemd's RestartPreventExitStatus) stops there, and one that
 * restarts anyway shows the same line each time, not a stack trace.
 */
async function openOrExit(): Promise<AppDatabase> {
	try {
		return await initDatabase();
	} catch (error) {
		if (!(error instanceof DatabaseUrlError)) throw error;
		console.error(`Day of AI Classroom cannot start: ${error.message}`);
		process.exit(EXIT_CONFIG);
	}
}

/**
 * Runs once when the server starts: migrate, tidy up, take up mail not yet delivered, start the
 * professional-development jobs, seed demo content on an empty database.
 */
export async function startServer(): Promise<void> {
	const db = await openOrExit();
	if (db.$dialect === 'postgres') {
		// Every app process listens: a save on one reaches the grids open on the others.
		try {
			await shareProgressThroughPostgres(config.databaseUrl, db.$client as unknown as pg.Pool);
		} catch (error) {
			console.error(
				`Live grid: cannot listen on PostgreSQL (${(error as Error).message}); grids of this process fall back to polling.`
			);
		}
	}
	// Each period's run happens in one process, however many share the database (`jobs.ts`).
	await everyPeriod(db, 'housekeeping', HOUSEKEEPING_INTERVAL_MS, () => housekeeping(db))();
	// Undelivered mail: at start, then every few minutes for what a stopped process left behind.
	void everyPeriod(db, 'mail', MAIL_RESUME_INTERVAL_MS, () => resumeMailDelivery(db))();
	// Reminders and lapsed seat offers: each notice is also recorded with its mail, so a run after
	// a restart sends only what is still due.
	await everyPeriod(db, 'training', TRAINING_JOB_INTERVAL_MS, () => runTrainingJobs(db))();
	// The first process to start on an empty database seeds it.
	if (!config.seedDemo || !(await claimJobRun(db, 'seed-demo', Number.MAX_SAFE_INTEGER))) return;
	const logins = await seedDemoContent(db);
	if (logins) {
		console.log('\nDemo content created. Log in with:');
		for (const login of logins) {
			console.log(`  ${login.role.padEnd(9)} ${login.email}  password: ${login.password}`);
		}
		const code = logins.find((login) => login.joinCode)?.joinCode;
		if (code) console.log(`\nStudents join the demo class at /join with the code ${code}.`);
		console.log('');
	}
}
