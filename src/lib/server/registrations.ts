import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { users } from './db/schema';

export interface RegistrationSummary {
	total: number;
	countries: number;
	byCountry: { country: string; count: number }[];
	/** Registrations per UTC day over the last `days` days, oldest first, zero-filled. */
	byDay: { day: string; count: number }[];
}

/** Educator registrations (teacher accounts), counted for the organizer dashboard. */
export function registrationSummary(
	db: AppDatabase,
	days = 30,
	now = new Date()
): RegistrationSummary {
	const teacher = eq(users.role, 'teacher');
	const byCountry = db
		.select({ country: users.country, count: count() })
		.from(users)
		.where(teacher)
		.groupBy(users.country)
		.orderBy(sql`count(*) desc`, users.country)
		.all();
	const total = byCountry.reduce((sum, row) => sum + row.count, 0);

	const start = new Date(
		Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1))
	);
	const dayExpr = sql<string>`strftime('%Y-%m-%d', ${users.createdAt} / 1000, 'unixepoch')`;
	const perDay = db
		.select({ day: dayExpr, count: count() })
		.from(users)
		.where(and(teacher, gte(users.createdAt, start)))
		.groupBy(dayExpr)
		.all();
	const counts = new Map(perDay.map((row) => [row.day, row.count]));
	const byDay = Array.from({ length: days }, (_, i) => {
		const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
		return { day, count: counts.get(day) ?? 0 };
	});
	return { total, countries: byCountry.length, byCountry, byDay };
}
