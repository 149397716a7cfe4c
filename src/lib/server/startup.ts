import { config } from './config';
import { getDb, initDatabase } from './db';
import { deleteExpiredSessions } from './auth/session';
import { deleteExpiredStudentSessions } from './auth/student-session';
import { purgeRateLimits } from './rate-limit';
import { LONGEST_RULE_MS, forgetOldDevices } from './join-guard';
import { resumeMailDelivery } from './mail';
import { seedDemoContent } from './seed';
import { runTrainingJobs, TRAINING_JOB_INTERVAL_MS } from './training';
import type { AppDatabase } from './db/client';
import { DatabaseUrlError } from './db/dialect';

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
	await housekeeping(db);
	const tidy = () =>
		housekeeping().catch((error: unknown) => console.error('Housekeeping failed:', error));
	setInterval(tidy, HOUSEKEEPING_INTERVAL_MS).unref();
	void resumeMailDelivery(db);
	// Reminders and lapsed seat offers: each notice is recorded with its mail, so a run after a
	// restart sends only what is still due.
	const trainingJobs = async () => {
		try {
			await runTrainingJobs(db);
		} catch (error) {
			console.error('Professional-development jobs failed:', error);
		}
	};
	await trainingJobs();
	setInterval(trainingJobs, TRAINING_JOB_INTERVAL_MS).unref();
	if (!config.seedDemo) return;
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
