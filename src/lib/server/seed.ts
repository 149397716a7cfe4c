import { count } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { createUser } from './accounts';
import { assignModule } from './assignments';
import { addRoster, createClass } from './classes';
import type { AppDatabase } from './db/client';
import { users } from './db/schema';

export interface DemoLogin {
	role: 'teacher' | 'organizer';
	email: string;
	password: string;
	/** The demo teacher's class, ready for students to join. */
	joinCode?: string;
}

/** First names for the demo class roster: names a child picks when joining, nothing else. */
const DEMO_ROSTER = ['Ana', 'Ben', 'Chloé', 'Dev', 'Emi', 'Femi', 'Lucía', 'Noah'];

function randomPassword(): string {
	const bytes = new Uint8Array(9);
	crypto.getRandomValues(bytes);
	return 'demo-' + encodeBase32LowerCaseNoPadding(bytes);
}

/**
 * Seeds demo accounts into an empty database and returns their log-ins (to print once).
 * Passwords are random unless DEMO_PASSWORD is set, so a seeded server never has a known password
 * by accident.
 */
export async function seedDemoContent(
	db: AppDatabase,
	password = process.env.DEMO_PASSWORD?.trim() || undefined
): Promise<DemoLogin[] | null> {
	const existing = db.select({ n: count() }).from(users).get();
	if ((existing?.n ?? 0) > 0) return null;

	const accounts = [
		{
			role: 'teacher',
			name: 'Demo Teacher',
			email: 'teacher@demo.dayofai.test',
			school: 'Demo Elementary School',
			country: 'US'
		},
		{
			role: 'organizer',
			name: 'Demo Organizer',
			email: 'organizer@demo.dayofai.test',
			school: 'Day of AI',
			country: 'US'
		}
	] as const;
	const logins: DemoLogin[] = [];
	for (const account of accounts) {
		const accountPassword = password ?? randomPassword();
		const result = await createUser(
			db,
			{
				name: account.name,
				email: account.email,
				password: accountPassword,
				country: account.country,
				school: account.school
			},
			account.role
		);
		if (!result.ok)
			throw new Error(`Could not seed ${account.email}: ${JSON.stringify(result.errors)}`);
		const login: DemoLogin = {
			role: account.role,
			email: account.email,
			password: accountPassword
		};
		if (account.role === 'teacher') {
			// An empty class with "What is AI?" assigned: join it from a second device to try it out.
			const demoClass = createClass(db, result.user.id, { name: 'Demo class', band: '3-5' });
			addRoster(db, demoClass, DEMO_ROSTER);
			assignModule(db, demoClass, { moduleSlug: 'what-is-ai', band: '3-5', dueAt: null });
			login.joinCode = demoClass.joinCode;
		}
		logins.push(login);
	}
	return logins;
}
