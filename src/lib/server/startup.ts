import { config } from './config';
import { getDb } from './db';
import { deleteExpiredSessions } from './auth/session';
import { deleteExpiredStudentSessions } from './auth/student-session';
import { purgeRateLimits } from './rate-limit';
import { LONGEST_RULE_MS, forgetOldDevices } from './join-guard';
import { seedDemoContent } from './seed';

const HOUR_MS = 60 * 60 * 1000;

function housekeeping(): void {
	const db = getDb();
	deleteExpiredSessions(db);
	deleteExpiredStudentSessions(db);
	forgetOldDevices(db);
	purgeRateLimits(
		db,
		new Date(Date.now() - Math.max(config.loginWindowSeconds * 1000, LONGEST_RULE_MS))
	);
}

/** Runs once when the server starts: migrate, tidy up, seed demo content on an empty database. */
export async function startServer(): Promise<void> {
	const db = getDb();
	housekeeping();
	setInterval(housekeeping, HOUR_MS).unref();
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
