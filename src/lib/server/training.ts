import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { SessionInput } from '../training/session-form';
import type { AppDatabase } from './db/client';
import {
	trainingMaterials,
	trainingNotices,
	trainingSeats,
	trainingSessions,
	users,
	type SeatStatus,
	type TrainingSeat,
	type TrainingSession
} from './db/schema';
import { generateId } from './ids';
import { deliverQueued, queueMail, type QueuedMail } from './mail';
import { trainingMail, type NoticeKind } from './training-mail';
import { first, lockRow, run, only } from './db/query';

type Tx = AppDatabase;

/** Statuses that hold one of the session's seats. */
export const SEATED: SeatStatus[] = ['registered', 'offered'];
/** Statuses of a teacher still taking part (with a seat or waiting for one). */
export const ACTIVE: SeatStatus[] = ['registered', 'offered', 'waitlisted'];

function checkInCode(): string {
	const bytes = new Uint32Array(1);
	crypto.getRandomValues(bytes);
	return String(bytes[0]! % 1_000_000).padStart(6, '0');
}

/** Writes in one transaction that takes SQLite's write lock first, then delivers its mail. */
async function write<T>(
	db: AppDatabase,
	work: (tx: Tx, mail: QueuedMail[]) => Promise<T>
): Promise<T> {
	const mail: QueuedMail[] = [];
	const result = await db.transaction((tx) => work(tx as unknown as Tx, mail), {
		behavior: 'immediate'
	});
	void deliverQueued(db, mail);
	return result;
}

export async function createSession(db: AppDatabase, input: SessionInput, now = new Date()) {
	return await only(
		db
			.insert(trainingSessions)
			.values({
				id: generateId(),
				uid: crypto.randomUUID(),
				checkInCode: checkInCode(),
				...input,
				updatedAt: now
			})
			.returning()
	);
}

export async function sessionById(db: AppDatabase, id: string): Promise<TrainingSession | null> {
	return (
		(await first(db.select().from(trainingSessions).where(eq(trainingSessions.id, id)))) ?? null
	);
}

/** What a message about a seat needs: the seat, its teacher and the session. */
interface Addressee {
	seat: TrainingSeat;
	email: string;
	name: string;
	timeZone: string | null;
}

async function addressees(tx: Tx, sessionId: string, statuses: SeatStatus[]): Promise<Addressee[]> {
	return await tx
		.select({
			seat: trainingSeats,
			email: users.email,
			name: users.name,
			timeZone: users.timeZone
		})
		.from(trainingSeats)
		.innerJoin(users, eq(users.id, trainingSeats.userId))
		.where(and(eq(trainingSeats.sessionId, sessionId), inArray(trainingSeats.status, statuses)))
		.orderBy(asc(trainingSeats.queue));
}

/**
 * Queues one message to a seat unless it was sent already: the notice row and the outbox row are
 * written together, so a job run twice, or again after a restart, sends nothing twice.
 */
async function notify(
	tx: Tx,
	mail: QueuedMail[],
	session: TrainingSession,
	to: Addressee,
	kind: NoticeKind,
	version: number,
	extra: { position?: number; offerExpiresAt?: Date } = {}
): Promise<void> {
	const inserted = await run(
		tx.insert(trainingNotices).values({ seatId: to.seat.id, kind, version }).onConflictDoNothing()
	);
	if (inserted.changes === 0) return;
	mail.push(await queueMail(tx, trainingMail(kind, { session, to, ...extra })));
}

async function addresseeOf(tx: Tx, seatId: string): Promise<Addressee> {
	return (await first(
		tx
			.select({
				seat: trainingSeats,
				email: users.email,
				name: users.name,
				timeZone: users.timeZone
			})
			.from(trainingSeats)
			.innerJoin(users, eq(users.id, trainingSeats.userId))
			.where(eq(trainingSeats.id, seatId))
	))!;
}

async function countSeats(tx: Tx, sessionId: string, statuses: SeatStatus[]): Promise<number> {
	return (
		(
			await first(
				tx
					.select({ count: sql<number>`count(*)`.mapWith(Number) })
					.from(trainingSeats)
					.where(
						and(eq(trainingSeats.sessionId, sessionId), inArray(trainingSeats.status, statuses))
					)
			)
		)?.count ?? 0
	);
}

/**
 * Gives every free seat to the first on the waitlist: at once when the session has no claim
 * window, otherwise as an offer that lapses after `claimMinutes` (then the job passes it on).
 */
async function fillFreeSeats(
	tx: Tx,
	mail: QueuedMail[],
	session: TrainingSession,
	now: Date
): Promise<void> {
	if (session.status !== 'scheduled' || session.endsAt <= now) return;
	let free = session.capacity - (await countSeats(tx, session.id, SEATED));
	while (free > 0) {
		const next = await first(
			tx
				.select()
				.from(trainingSeats)
				.where(and(eq(trainingSeats.sessionId, session.id), eq(trainingSeats.status, 'waitlisted')))
				.orderBy(asc(trainingSeats.queue))
				.limit(1)
		);
		if (!next) return;
		if (session.claimMinutes === 0) {
			await run(
				tx
					.update(trainingSeats)
					.set({ status: 'registered', seatedAt: now, updatedAt: now })
					.where(eq(trainingSeats.id, next.id))
			);
			await notify(tx, mail, session, await addresseeOf(tx, next.id), 'promoted', next.queue);
		} else {
			const offerExpiresAt = new Date(now.getTime() + session.claimMinutes * 60_000);
			await run(
				tx
					.update(trainingSeats)
					.set({ status: 'offered', offerExpiresAt, updatedAt: now })
					.where(eq(trainingSeats.id, next.id))
			);
			await notify(tx, mail, session, await addresseeOf(tx, next.id), 'offered', next.queue, {
				offerExpiresAt
			});
		}
		free--;
	}
}

export type UpdateResult = { ok: true; session: TrainingSession; notified: number } | { ok: false };

/**
 * Changes a session. A change of its time raises the calendar SEQUENCE and tells everyone taking
 * part; a larger capacity gives the new seats to the waitlist. A smaller one takes no seat back.
 */
export async function updateSession(
	db: AppDatabase,
	id: string,
	input: SessionInput,
	now = new Date()
): Promise<UpdateResult> {
	return write(db, async (tx, mail) => {
		await lockRow(tx, trainingSessions, id);
		const before = await sessionById(tx, id);
		if (!before || before.status === 'cancelled') return { ok: false as const };
		const retimed =
			before.startsAt.getTime() !== input.startsAt.getTime() ||
			before.endsAt.getTime() !== input.endsAt.getTime();
		const session = await only(
			tx
				.update(trainingSessions)
				.set({
					...input,
					sequence: retimed ? before.sequence + 1 : before.sequence,
					updatedAt: now
				})
				.where(eq(trainingSessions.id, id))
				.returning()
		);
		let notified = 0;
		if (retimed) {
			for (const to of await addressees(tx, id, ACTIVE)) {
				await notify(tx, mail, session, to, 'changed', session.sequence);
				notified++;
			}
		}
		await fillFreeSeats(tx, mail, session, now);
		return { ok: true as const, session, notified };
	});
}

/** Cancels a session for good, raises its SEQUENCE and tells everyone who was taking part. */
export async function cancelSession(
	db: AppDatabase,
	id: string,
	now = new Date()
): Promise<number | null> {
	return write(db, async (tx, mail) => {
		await lockRow(tx, trainingSessions, id);
		const before = await sessionById(tx, id);
		if (!before || before.status === 'cancelled') return null;
		const session = await only(
			tx
				.update(trainingSessions)
				.set({ status: 'cancelled', sequence: before.sequence + 1, updatedAt: now })
				.where(eq(trainingSessions.id, id))
				.returning()
		);
		const taking = await addressees(tx, id, ACTIVE);
		for (const to of taking) await notify(tx, mail, session, to, 'cancelled', session.sequence);
		return taking.length;
	});
}

/** A copy of a session with its materials, for the next run of it: no seats, a new UID. */
export async function duplicateSession(db: AppDatabase, id: string, now = new Date()) {
	return db.transaction(async (tx) => {
		const source = await sessionById(tx as unknown as Tx, id);
		if (!source) return null;
		const copy = await only(
			tx
				.insert(trainingSessions)
				.values({
					...source,
					id: generateId(),
					uid: crypto.randomUUID(),
					checkInCode: checkInCode(),
					status: 'scheduled',
					sequence: 0,
					createdAt: now,
					updatedAt: now
				})
				.returning()
		);
		const materials = await tx
			.select()
			.from(trainingMaterials)
			.where(eq(trainingMaterials.sessionId, id));
		for (const material of materials) {
			await run(
				tx.insert(trainingMaterials).values({ ...material, id: generateId(), sessionId: copy.id })
			);
		}
		return copy;
	});
}

/** A teacher's seat row in a session, if they ever registered for it. */
async function seatRow(
	db: Tx,
	sessionId: string,
	userId: string
): Promise<TrainingSeat | undefined> {
	return await first(
		db
			.select()
			.from(trainingSeats)
			.where(and(eq(trainingSeats.sessionId, sessionId), eq(trainingSeats.userId, userId)))
	);
}

export type SeatView = {
	status: SeatStatus;
	/** Place on the waitlist, 1 for the next in line; null when not waiting. */
	position: number | null;
	offerExpiresAt: Date | null;
	attendedAt: Date | null;
	certificateCode: string | null;
};

async function positionOf(tx: Tx, seat: TrainingSeat): Promise<number | null> {
	if (seat.status !== 'waitlisted') return null;
	return (
		((
			await first(
				tx
					.select({ count: sql<number>`count(*)`.mapWith(Number) })
					.from(trainingSeats)
					.where(
						and(
							eq(trainingSeats.sessionId, seat.sessionId),
							eq(trainingSeats.status, 'waitlisted'),
							sql`${trainingSeats.queue} < ${seat.queue}`
						)
					)
			)
		)?.count ?? 0) + 1
	);
}

async function viewOf(tx: Tx, seat: TrainingSeat): Promise<SeatView> {
	return {
		status: seat.status,
		position: await positionOf(tx, seat),
		offerExpiresAt: seat.status === 'offered' ? seat.offerExpiresAt : null,
		attendedAt: seat.attendedAt,
		certificateCode: seat.certificateCode
	};
}

export async function seatOf(
	db: AppDatabase,
	sessionId: string,
	userId: string
): Promise<SeatView | null> {
	const seat = await seatRow(db, sessionId, userId);
	return seat ? await viewOf(db, seat) : null;
}

export type SeatRefusal = 'not_found' | 'cancelled' | 'ended' | 'not_offered';
export type SeatResult = { ok: true; seat: SeatView } | { ok: false; reason: SeatRefusal };

/**
 * Registers a teacher: a seat while one is free and nobody waits, otherwise the end of the
 * waitlist. The count and the write happen under SQLite's write lock, so simultaneous requests
 * never hand out more seats than the session has. Registering again changes nothing.
 */
export async function registerForSession(
	db: AppDatabase,
	sessionId: string,
	userId: string,
	locale: string,
	now = new Date()
): Promise<SeatResult> {
	return write(db, async (tx, mail) => {
		await lockRow(tx, trainingSessions, sessionId);
		const session = await sessionById(tx, sessionId);
		if (!session) return { ok: false as const, reason: 'not_found' as const };
		if (session.status === 'cancelled') return { ok: false as const, reason: 'cancelled' as const };
		if (session.endsAt <= now) return { ok: false as const, reason: 'ended' as const };
		const existing = await seatRow(tx, sessionId, userId);
		if (existing && ACTIVE.includes(existing.status)) {
			return { ok: true as const, seat: await viewOf(tx, existing) };
		}
		const queue =
			((
				await first(
					tx
						.select({ last: sql<number | null>`max(${trainingSeats.queue})` })
						.from(trainingSeats)
						.where(eq(trainingSeats.sessionId, sessionId))
				)
			)?.last ?? 0) + 1;
		const waiting = await countSeats(tx, sessionId, ['waitlisted']);
		const free = session.capacity - (await countSeats(tx, sessionId, SEATED));
		const status: SeatStatus = free > 0 && waiting === 0 ? 'registered' : 'waitlisted';
		const fields = {
			status,
			queue,
			locale,
			offerExpiresAt: null,
			seatedAt: status === 'registered' ? now : null,
			attendedAt: null,
			attendanceBy: null,
			certificateCode: null,
			updatedAt: now
		};
		const seat = existing
			? await only(
					tx.update(trainingSeats).set(fields).where(eq(trainingSeats.id, existing.id)).returning()
				)
			: await only(
					tx
						.insert(trainingSeats)
						.values({ id: generateId(), sessionId, userId, ...fields })
						.returning()
				);
		const view = await viewOf(tx, seat);
		await notify(tx, mail, session, await addresseeOf(tx, seat.id), status, queue, {
			position: view.position ?? undefined
		});
		return { ok: true as const, seat: view };
	});
}

/** A teacher gives up their seat, offer or place on the waitlist; a freed seat moves on. */
export async function cancelSeat(
	db: AppDatabase,
	sessionId: string,
	userId: string,
	now = new Date()
): Promise<boolean> {
	return write(db, async (tx, mail) => {
		await lockRow(tx, trainingSessions, sessionId);
		const session = await sessionById(tx, sessionId);
		const seat = await seatRow(tx, sessionId, userId);
		if (!session || !seat || !ACTIVE.includes(seat.status)) return false;
		await run(
			tx
				.update(trainingSeats)
				.set({ status: 'cancelled', offerExpiresAt: null, updatedAt: now })
				.where(eq(trainingSeats.id, seat.id))
		);
		await fillFreeSeats(tx, mail, session, now);
		return true;
	});
}

/** A teacher takes the seat they were offered, while the offer lasts. */
export async function claimOffer(
	db: AppDatabase,
	sessionId: string,
	userId: string,
	now = new Date()
): Promise<SeatResult> {
	return write(db, async (tx, mail) => {
		await lockRow(tx, trainingSessions, sessionId);
		const session = await sessionById(tx, sessionId);
		const seat = await seatRow(tx, sessionId, userId);
		if (!session || !seat) return { ok: false as const, reason: 'not_found' as const };
		if (session.status === 'cancelled') return { ok: false as const, reason: 'cancelled' as const };
		if (seat.status !== 'offered' || !seat.offerExpiresAt || seat.offerExpiresAt <= now) {
			return { ok: false as const, reason: 'not_offered' as const };
		}
		const claimed = await only(
			tx
				.update(trainingSeats)
				.set({ status: 'registered', offerExpiresAt: null, seatedAt: now, updatedAt: now })
				.where(eq(trainingSeats.id, seat.id))
				.returning()
		);
		await notify(tx, mail, session, await addresseeOf(tx, seat.id), 'registered', seat.queue);
		return { ok: true as const, seat: await viewOf(tx, claimed) };
	});
}

/** How long before a session its reminder goes out. */
export const REMINDER_BEFORE_MS = 24 * 60 * 60_000;

/**
 * The scheduled work, safe to run as often as wanted and after any restart: offers whose claim
 * window has passed lapse and move on; everyone with a seat in a session starting within 24 hours
 * gets its reminder (once per version of the session), unless they got their seat inside that
 * window, when the confirmation they just read serves. Returns how many of each it did.
 */
export async function runTrainingJobs(db: AppDatabase, now = new Date()) {
	return write(db, async (tx, mail) => {
		const lapsed = await tx
			.select()
			.from(trainingSeats)
			.where(and(eq(trainingSeats.status, 'offered'), lte(trainingSeats.offerExpiresAt, now)));
		const touched = new Set<string>();
		for (const seat of lapsed) {
			await run(
				tx
					.update(trainingSeats)
					.set({ status: 'lapsed', offerExpiresAt: null, updatedAt: now })
					.where(eq(trainingSeats.id, seat.id))
			);
			const session = (await sessionById(tx, seat.sessionId))!;
			await notify(tx, mail, session, await addresseeOf(tx, seat.id), 'lapsed', seat.queue);
			touched.add(seat.sessionId);
		}
		for (const sessionId of touched)
			await fillFreeSeats(tx, mail, (await sessionById(tx, sessionId))!, now);

		const soon = await tx
			.select()
			.from(trainingSessions)
			.where(
				and(
					eq(trainingSessions.status, 'scheduled'),
					gt(trainingSessions.startsAt, now),
					lte(trainingSessions.startsAt, new Date(now.getTime() + REMINDER_BEFORE_MS))
				)
			);
		let reminded = 0;
		for (const session of soon) {
			const windowOpens = session.startsAt.getTime() - REMINDER_BEFORE_MS;
			for (const to of await addressees(tx, session.id, ['registered'])) {
				if (to.seat.seatedAt && to.seat.seatedAt.getTime() > windowOpens) continue;
				const before = mail.length;
				await notify(tx, mail, session, to, 'reminder', session.sequence);
				reminded += mail.length - before;
			}
		}
		return { lapsed: lapsed.length, reminded };
	});
}

/** How often the scheduled work runs. */
export const TRAINING_JOB_INTERVAL_MS = 60_000;
