import { count } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { createUser } from './accounts';
import type { AppDatabase } from './db/client';
import { users } from './db/schema';

export interface DemoLogin {
	role: 'teacher' | 'organizer';
	email: string;
	password: string;
}

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
		logins.push({ role: account.role, email: account.email, password: accountPassword });
	}
	return logins;
}
