import { and, eq, gt, lte, sql, type SQL } from 'drizzle-orm';
import type { EventInput } from '../registrations/event';
import { emailKey, type Registration } from '../registrations/registration';
import type { AppDatabase } from './db/client';
import { eventRegistrations, events, users, type DayOfAiEvent } from './db/schema';
import { generateSessionToken, isWellFormedToken, sessionIdFromToken } from './auth/session';
import { countRegistration, recountRegistration } from './event-counts';
import { DASHBOARD_QUERIES, dashboardFilter } from './event-dashboard';
import { generateId } from './ids';
import { first, run, only } from './db/query';

/** Creates an event; null when its slug is taken. */
export async function createEvent(
	db: AppDatabase,
	input: EventInput
): Promise<DayOfAiEvent | null> {
	const taken = await first(
		db.select({ id: events.id }).from(events).where(eq(events.slug, input.slug))
	);
	if (taken) return null;
	return await only(
		db
			.insert(events)
			.values({ id: generateId(), ...input })
			.returning()
	);
}

/** Changes an event; null when the new slug is another event's. */
export async function updateEvent(
	db: AppDatabase,
	id: string,
	input: EventInput
): Promise<DayOfAiEvent | null> {
	const taken = await first(
		db.select({ id: events.id }).from(events).where(eq(events.slug, input.slug))
	);
	if (taken && taken.id !== id) return null;
	return (await only(db.update(events).set(input).where(eq(events.id, id)).returning())) ?? null;
}

export async function eventBySlug(db: AppDatabase, slug: string): Promise<DayOfAiEvent | null> {
	return (await first(db.select().from(events).where(eq(events.slug, slug)))) ?? null;
}

/** The event taking registrations now (the soonest, if several are), or null. */
export async function openEvent(db: AppDatabase, now = new Date()): Promise<DayOfAiEvent | null> {
	return (
		(await first(
			db
				.select()
				.from(events)
				.where(and(lte(events.opensAt, now), gt(events.closesAt, now)))
				.orderBy(events.day)
				.limit(1)
		)) ?? null
	);
}

export async function listEvents(db: AppDatabase): Promise<DayOfAiEvent[]> {
	return await db
		.select()
		.from(events)
		.orderBy(sql`${events.day} desc`);
}

export type RegisterResult = { ok: true; created: boolean; id: string };

/**
 * Records a registration: a new one, or, for an address already registered for this event (in
 * any case or Unicode form), an update of it, so nobody counts twice. Consent keeps the time it was
 * first given; unticking it clears it. A teacher account with the same address is linked.
 */
export async function registerForEvent(
	db: AppDatabase,
	eventId: string,
	registration: Registration,
	now = new Date(),
	forgetTokenHash?: string
): Promise<RegisterResult> {
	const key = emailKey(registration.email);
	return db.transaction(async (tx) => {
		const existing = await first(
			tx
				.select()
				.from(eventRegistrations)
				.where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.emailKey, key)))
		);
		const account = await first(
			tx.select({ id: users.id }).from(users).where(eq(users.email, key))
		);
		const fields = {
			name: registration.name,
			role: registration.role,
			organisation: registration.organisation,
			country: registration.country,
			region: registration.region,
			gradeBands: registration.gradeBands.join(';'),
			expectedStudents: registration.expectedStudents,
			language: registration.language,
			consentAt: registration.consent ? (existing?.consentAt ?? now) : null,
			updatedAt: now,
			...(account ? { userId: account.id } : {}),
			...(forgetTokenHash ? { forgetTokenHash } : {})
		};
		const counters = tx as unknown as AppDatabase;
		if (existing) {
			await run(
				tx.update(eventRegistrations).set(fields).where(eq(eventRegistrations.id, existing.id))
			);
			await recountRegistration(counters, eventId, existing, {
				...fields,
				createdAt: existing.createdAt
			});
			return { ok: true as const, created: false, id: existing.id };
		}
		const id = generateId();
		await run(
			tx
				.insert(eventRegistrations)
				.values({ id, eventId, emailKey: key, createdAt: now, ...fields })
		);
		await countRegistration(counters, eventId, { ...fields, createdAt: now }, 1);
		return { ok: true as const, created: true, id };
	});
}

/**
 * Links an account to the event registrations made with its address before it existed (a
 * registrant who creates a teacher account in the same step, or later).
 */
export async function linkRegistrationsToAccount(
	db: AppDatabase,
	userId: string,
	email: string
): Promise<void> {
	await run(
		db
			.update(eventRegistrations)
			.set({ userId })
			.where(eq(eventRegistrations.emailKey, emailKey(email)))
	);
}

/** What the public page shows: how many educators, from how many countries; never who. */
export async function publicCounter(
	db: AppDatabase,
	eventId: string
): Promise<{ educators: number; countries: number }> {
	const totals = await DASHBOARD_QUERIES.totals(db, dashboardFilter(eventId));
	return { educators: totals.registrations, countries: totals.countries };
}

/** A registrant's request to be forgotten: their registration goes; false when there was none. */
export async function deleteRegistration(
	db: AppDatabase,
	eventId: string,
	email: string
): Promise<boolean> {
	return deleteWhere(
		db,
		and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.emailKey, emailKey(email)))!
	);
}

/** Deletes the registration `where` names (one at most) and takes it off the counters. */
async function deleteWhere(db: AppDatabase, where: SQL): Promise<boolean> {
	return db.transaction(async (tx) => {
		const gone = await tx.delete(eventRegistrations).where(where).returning();
		for (const row of gone)
			await countRegistration(tx as unknown as AppDatabase, row.eventId, row, -1);
		return gone.length > 0;
	});
}

/**
 * A new "delete my registration" link for the registration of `email` (any case or Unicode form),
 * replacing the one mailed before; null when that address has not registered for the event.
 */
export async function issueForgetToken(
	db: AppDatabase,
	eventId: string,
	email: string
): Promise<string | null> {
	const token = generateSessionToken();
	const changed = (
		await run(
			db
				.update(eventRegistrations)
				.set({ forgetTokenHash: sessionIdFromToken(token) })
				.where(
					and(
						eq(eventRegistrations.eventId, eventId),
						eq(eventRegistrations.emailKey, emailKey(email))
					)
				)
		)
	).changes;
	return changed > 0 ? token : null;
}

/** The registration a mailed link would delete (its address, to show), or null. */
export async function registrationForForgetToken(
	db: AppDatabase,
	eventId: string,
	token: string
): Promise<{ id: string; email: string } | null> {
	if (!isWellFormedToken(token)) return null;
	const row = await first(
		db
			.select({ id: eventRegistrations.id, email: eventRegistrations.emailKey })
			.from(eventRegistrations)
			.where(
				and(
					eq(eventRegistrations.eventId, eventId),
					eq(eventRegistrations.forgetTokenHash, sessionIdFromToken(token))
				)
			)
	);
	return row ?? null;
}

/** Deletes the registration a mailed link names; false for an unknown or used link. */
export async function forgetByToken(
	db: AppDatabase,
	eventId: string,
	token: string
): Promise<boolean> {
	if (!isWellFormedToken(token)) return false;
	return deleteWhere(
		db,
		and(
			eq(eventRegistrations.eventId, eventId),
			eq(eventRegistrations.forgetTokenHash, sessionIdFromToken(token))
		)!
	);
}

/** A whole checked import, in one transaction: every row stored (or updated), or none. */
export async function importRegistrations(
	db: AppDatabase,
	eventId: string,
	registrations: readonly Registration[],
	now = new Date()
): Promise<{ created: number; updated: number }> {
	return db.transaction(async (tx) => {
		let created = 0;
		for (const registration of registrations)
			if (
				(await registerForEvent(tx as unknown as AppDatabase, eventId, registration, now)).created
			)
				created++;
		return { created, updated: registrations.length - created };
	});
}

/** The CSV export's columns, in order. */
export const EXPORT_COLUMNS = [
	'name',
	'email',
	'role',
	'organisation',
	'country',
	'region',
	'gradeBands',
	'expectedStudents',
	'language',
	'consentAt',
	'registeredAt',
	'hasAccount'
] as const;

/**
 * Every registration of an event as rows for `toCsv` (which keeps a cell that starts like a
 * formula as text), oldest first, with a header row of `EXPORT_COLUMNS`; the same column names
 * as the import reads, so an export can be imported again.
 */
export async function registrationRows(db: AppDatabase, eventId: string): Promise<string[][]> {
	const rows = await db
		.select()
		.from(eventRegistrations)
		.where(eq(eventRegistrations.eventId, eventId))
		.orderBy(eventRegistrations.createdAt, eventRegistrations.id);
	return [
		[...EXPORT_COLUMNS],
		...rows.map((row) => [
			row.name,
			row.emailKey,
			row.role,
			row.organisation,
			row.country,
			row.region,
			row.gradeBands,
			String(row.expectedStudents),
			row.language,
			row.consentAt ? row.consentAt.toISOString() : '',
			row.createdAt.toISOString(),
			row.userId ? 'yes' : 'no'
		])
	];
}
