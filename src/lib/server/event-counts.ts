import { eq, sql } from 'drizzle-orm';
import { GRADE_BANDS } from '../curriculum/types';
import type { AppDatabase } from './db/client';
import { eventCounts } from './db/schema';
import { run, runSql } from './db/query';
import { activeDialect } from './db/dialect';

export const DAY_MS = 86_400_000;

/** What of a registration the counters count. */
export interface Counted {
	country: string;
	role: string;
	/** Grade bands joined by ";", as stored. */
	gradeBands: string;
	expectedStudents: number;
	createdAt: Date;
}

/** The UTC day number of an instant, as the counters key it. */
export function dayNumber(at: Date): number {
	return Math.floor(at.getTime() / DAY_MS);
}

/**
 * Adds (`sign` 1) or takes away (-1) one registration from its event's counters: an upsert per
 * dimension, portable to PostgreSQL (`on conflict … do update`). Call it inside the transaction
 * that writes the registration.
 */
export async function countRegistration(
	db: AppDatabase,
	eventId: string,
	row: Counted,
	sign: 1 | -1
): Promise<void> {
	const day = dayNumber(row.createdAt);
	const bands = row.gradeBands ? row.gradeBands.split(';') : [];
	const entries = [
		{ dimension: 'country' as const, value: row.country },
		{ dimension: 'role' as const, value: row.role },
		...bands.map((band) => ({ dimension: 'band' as const, value: band }))
	];
	// One statement for every dimension: the write path of a registration stays short.
	await run(
		db
			.insert(eventCounts)
			.values(
				entries.map((entry) => ({
					eventId,
					day,
					...entry,
					registrations: sign,
					expectedStudents: sign * row.expectedStudents
				}))
			)
			.onConflictDoUpdate({
				target: [eventCounts.eventId, eventCounts.dimension, eventCounts.day, eventCounts.value],
				set: {
					registrations: sql`${eventCounts.registrations} + excluded.registrations`,
					expectedStudents: sql`${eventCounts.expectedStudents} + excluded.expected_students`
				}
			})
	);
}

/** Changes the counters from one version of a registration to the next (an update). */
export async function recountRegistration(
	db: AppDatabase,
	eventId: string,
	before: Counted,
	after: Counted
): Promise<void> {
	const same =
		before.country === after.country &&
		before.role === after.role &&
		before.gradeBands === after.gradeBands &&
		before.expectedStudents === after.expectedStudents &&
		dayNumber(before.createdAt) === dayNumber(after.createdAt);
	if (same) return;
	await countRegistration(db, eventId, before, -1);
	await countRegistration(db, eventId, after, 1);
}

/**
 * Counts an event's registrations again from scratch (after a bulk load, or to check the kept
 * counters): one `insert … select … group by` per dimension.
 */
export async function rebuildEventCounts(db: AppDatabase, eventId: string): Promise<void> {
	await db.transaction(async (tx) => {
		await run(tx.delete(eventCounts).where(eq(eventCounts.eventId, eventId)));
		// Days since 1970 in UTC: milliseconds on SQLite, a timestamp on PostgreSQL.
		const day = sql.raw(
			activeDialect() === 'postgres'
				? `cast(floor(extract(epoch from created_at) / ${DAY_MS / 1000}) as integer)`
				: `(created_at / ${DAY_MS})`
		);
		const select = (dimension: string, value: string, where = sql``) => sql`
			insert into event_counts (event_id, dimension, day, value, registrations, expected_students)
			select event_id, cast(${dimension} as text), ${day}, ${sql.raw(value)}, count(*), sum(expected_students)
			from event_registrations where event_id = ${eventId} ${where}
			group by event_id, ${day}${sql.raw(value.startsWith("'") ? '' : `, ${value}`)}`;
		await runSql(tx, select('country', 'country'));
		await runSql(tx, select('role', 'role'));
		for (const band of GRADE_BANDS)
			await runSql(
				tx,
				select('band', `'${band}'`, sql`and (';' || grade_bands || ';') like ${`%;${band};%`}`)
			);
	});
}
