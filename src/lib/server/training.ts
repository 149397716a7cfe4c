import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { SessionInput } from '../training/session-form';
import type { AppDatabase } from './db/client';
import {
	trainingMaterials,
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
function write<T>(db: AppDatabase, work: (tx: Tx, mail: QueuedMail[]) => T): T {
	const mail: QueuedMail[] = [];
	const result = db.transaction((tx) => work(tx as unknown as Tx, mail), {
		behavior: 'immediate'
	});
	void deliverQueued(db, mail);
	return result;
}

export function createSession(db: AppDatabase, input: SessionInput, now = new Date()) {
	return db
		.insert(trainingSessions)
		.values({
			id: generateId(),
			uid: crypto.randomUUID(),
			checkInCode: checkInCode(),
			...input,
			updatedAt: now
		})
		.returning()
		.get();
}

export function sessionById(db: AppDatabase, id: string): TrainingSession | null {
	return db.select().from(trainingSessions).where(eq(trainingSessions.id, id)).get() ?? null;
}

/** What a message about a seat needs: the seat, its teacher and the session. */
interface Addressee {
	seat: TrainingSeat;
	email: string;
	name: string;
	timeZone: string | null;
}

function addressees(tx: Tx, sessionId: string, statuses: SeatStatus[]): Addressee[] {
	return tx
		.select({
			seat: trainingSeats,
			email: users.email,
			name: users.name,
			timeZone: users.timeZone
		})
		.from(trainingSeats)
		.innerJoin(users, eq(users.id, trainingSeats.userId))
		.where(and(eq(trainingSeats.sessionId, sessionId), inArray(trainingSeats.status, statuses)))
		.orderBy(asc(trainingSeats.queue))
		.all();
}

/**
 * Queues one message to a seat unless it was sent already: the notice row and the outbox row are
 * written together, so a job run twice, or again after a restart, sends nothing twice.
 */
function notify(
	tx: Tx,
	mail: QueuedMail[],
	session: TrainingSession,
	to: Addressee,
	kind: NoticeKind,
	version: number,
	extra: { position?: number; offerExpiresAt?: Date } = {}
): void {
	const inserted = tx.run(
		sql`insert into training_notices (seat_id, kind, version, created_at)
			values (${to.seat.id}, ${kind}, ${version}, ${Date.now()})
			on conflict do nothing`
	);
	if (inserted.changes === 0) return;
	mail.push(queueMail(tx, trainingMail(kind, { session, to, ...extra })));
}

function addresseeOf(tx: Tx, seatId: string): Addressee {
	return tx
		.select({
			seat: trainingSeats,
			email: users.email,
			name: users.name,
			timeZone: users.timeZone
		})
		.from(trainingSeats)
		.innerJoin(users, eq(users.id, trainingSeats.userId))
		.where(eq(trainingSeats.id, seatId))
		.get()!;
}

function countSeats(tx: Tx, sessionId: string, statuses: SeatStatus[]): number {
	return (
		tx
			.select({ count: sql<number>`count(*)` })
			.from(trainingSeats)
			.where(and(eq(trainingSeats.sessionId, sessionId), inArray(trainingSeats.status, statuses)))
			.get()?.count ?? 0
	);
}

/**
 * Gives every free seat to the first on the waitlist: at once when the session has no claim
 * window, otherwise as an offer that lapses after `claimMinutes` (then the job passes it on).
 */
function fillFreeSeats(tx: Tx, mail: QueuedMail[], session: TrainingSession, now: Date): void {
	if (session.status !== 'scheduled' || session.endsAt <= now) return;
	let free = session.capacity - countSeats(tx, session.id, SEATED);
	while (free > 0) {
		const next = tx
			.select()
			.from(trainingSeats)
			.where(and(eq(trainingSeats.sessionId, session.id), eq(trainingSeats.status, 'waitlisted')))
			.orderBy(asc(trainingSeats.queue))
			.limit(1)
			.get();
		if (!next) return;
		if (session.claimMinutes === 0) {
			tx.update(trainingSeats)
				.set({ status: 'registered', seatedAt: now, updatedAt: now })
				.where(eq(trainingSeats.id, next.id))
				.run();
			notify(tx, mail, session, addresseeOf(tx, next.id), 'promoted', next.queue);
		} else {
			const offerExpiresAt = new Date(now.getTime() + session.claimMinutes * 60_000);
			tx.update(trainingSeats)
				.set({ status: 'offered', offerExpiresAt, updatedAt: now })
				.where(eq(trainingSeats.id, next.id))
				.run();
			notify(tx, mail, session, addresseeOf(tx, next.id), 'offered', next.queue, {
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
export function updateSession(
	db: AppDatabase,
	id: string,
	input: SessionInput,
	now = new Date()
): UpdateResult {
	return write(db, (tx, mail) => {
		const before = sessionById(tx, id);
		if (!before || before.status === 'cancelled') return { ok: false as const };
		const retimed =
			before.startsAt.getTime() !== input.startsAt.getTime() ||
			before.endsAt.getTime() !== input.endsAt.getTime();
		const session = tx
			.update(trainingSessions)
			.set({
				...input,
				sequence: retimed ? before.sequence + 1 : before.sequence,
				updatedAt: now
			})
			.where(eq(trainingSessions.id, id))
			.returning()
			.get();
		let notified = 0;
		if (retimed) {
			for (const to of addressees(tx, id, ACTIVE)) {
				notify(tx, mail, session, to, 'changed', session.sequence);
				notified++;
			}
		}
		fillFreeSeats(tx, mail, session, now);
		return { ok: true as const, session, notified };
	});
}

/** Cancels a session for good, raises its SEQUENCE and tells everyone who was taking part. */
export function cancelSession(db: AppDatabase, id: string, now = new Date()): number | null {
	return write(db, (tx, mail) => {
		const before = sessionById(tx, id);
		if (!before || before.status === 'cancelled') return null;
		const session = tx
			.update(trainingSessions)
			.set({ status: 'cancelled', sequence: before.sequence + 1, updatedAt: now })
			.where(eq(trainingSessions.id, id))
			.returning()
			.get();
		const taking = addressees(tx, id, ACTIVE);
		for (const to of taking) notify(tx, mail, session, to, 'cancelled', session.sequence);
		return taking.length;
	});
}

/** A copy of a session with its materials, for the next run of it: no seats, a new UID. */
export function duplicateSession(db: AppDatabase, id: string, now = new Date()) {
	return db.transaction((tx) => {
		const source = sessionById(tx as unknown as Tx, id);
		if (!source) return null;
		const copy = tx
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
			.get();
		const materials = tx
			.select()
			.from(trainingMaterials)
			.where(eq(trainingMaterials.sessionId, id))
			.all();
		for (const material of materials) {
			tx.insert(trainingMaterials)
				.values({ ...material, id: generateId(), sessionId: copy.id })
				.run();
		}
		return copy;
	});
}

/** A teacher's seat row in a session, if they ever registered for it. */
function seatRow(db: Tx, sessionId: string, userId: string): TrainingSeat | undefined {
	return db
		.select()
		.from(trainingSeats)
		.where(and(eq(trainingSeats.sessionId, sessionId), eq(trainingSeats.userId, userId)))
		.get();
}

export type SeatView = {
	status: SeatStatus;
	/** Place on the waitlist, 1 for the next in line; null when not waiting. */
	position: number | null;
	offerExpiresAt: Date | null;
	attendedAt: Date | null;
	certificateCode: string | null;
};

function positionOf(tx: Tx, seat: TrainingSeat): number | null {
	if (seat.status !== 'waitlisted') return null;
	return (
		(tx
			.select({ count: sql<number>`count(*)` })
			.from(trainingSeats)
			.where(
				and(
					eq(trainingSeats.sessionId, seat.sessionId),
					eq(trainingSeats.status, 'waitlisted'),
					sql`${trainingSeats.queue} < ${seat.queue}`
				)
			)
			.get()?.count ?? 0) + 1
	);
}

function viewOf(tx: Tx, seat: TrainingSeat): SeatView {
	return {
		status: seat.status,
		position: positionOf(tx, seat),
		offerExpiresAt: seat.status === 'offered' ? seat.offerExpiresAt : null,
		attendedAt: seat.attendedAt,
		certificateCode: seat.certificateCode
	};
}

export function seatOf(db: AppDatabase, sessionId: string, userId: string): SeatView | null {
	const seat = seatRow(db, sessionId, userId);
	return seat ? viewOf(db, seat) : null;
}

export type SeatRefusal = 'not_found' | 'cancelled' | 'ended' | 'not_offered';
export type SeatResult = { ok: true; seat: SeatView } | { ok: false; reason: SeatRefusal };

/**
 * Registers a teacher: a seat while one is free and nobody waits, otherwise the end of the
 * waitlist. The count and the write happen under SQLite's write lock, so simultaneous requests
 * never hand out more seats than the session has. Registering again changes nothing.
 */
export function registerForSession(
	db: AppDatabase,
	sessionId: string,
	userId: string,
	locale: string,
	now = new Date()
): SeatResult {
	return write(db, (tx, mail) => {
		const session = sessionById(tx, sessionId);
		if (!session) return { ok: false as const, reason: 'not_found' as const };
		if (session.status === 'cancelled') return { ok: false as const, reason: 'cancelled' as const };
		if (session.endsAt <= now) return { ok: false as const, reason: 'ended' as const };
		const existing = seatRow(tx, sessionId, userId);
		if (existing && ACTIVE.includes(existing.status)) {
			return { ok: true as const, seat: viewOf(tx, existing) };
		}
		const queue =
			(tx
				.select({ last: sql<number | null>`max(${trainingSeats.queue})` })
				.from(trainingSeats)
				.where(eq(trainingSeats.sessionId, sessionId))
				.get()?.last ?? 0) + 1;
		const waiting = countSeats(tx, sessionId, ['waitlisted']);
		const free = session.capacity - countSeats(tx, sessionId, SEATED);
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
			? tx
					.update(trainingSeats)
					.set(fields)
					.where(eq(trainingSeats.id, existing.id))
					.returning()
					.get()
			: tx
					.insert(trainingSeats)
					.values({ id: generateId(), sessionId, userId, ...fields })
					.returning()
					.get();
		const view = viewOf(tx, seat);
		notify(tx, mail, session, addresseeOf(tx, seat.id), status, queue, {
			position: view.position ?? undefined
		});
		return { ok: true as const, seat: view };
	});
}

/** A teacher gives up their seat, offer or place on the waitlist; a freed seat moves on. */
export function cancelSeat(
	db: AppDatabase,
	sessionId: string,
	userId: string,
	now = new Date()
): boolean {
	return write(db, (tx, mail) => {
		const session = sessionById(tx, sessionId);
		const seat = seatRow(tx, sessionId, userId);
		if (!session || !seat || !ACTIVE.includes(seat.status)) return false;
		tx.update(trainingSeats)
			.set({ status: 'cancelled', offerExpiresAt: null, updatedAt: now })
			.where(eq(trainingSeats.id, seat.id))
			.run();
		fillFreeSeats(tx, mail, session, now);
		return true;
	});
}

/** A teacher takes the seat they were offered, while the offer lasts. */
export function claimOffer(
	db: AppDatabase,
	sessionId: string,
	userId: string,
	now = new Date()
): SeatResult {
	return write(db, (tx, mail) => {
		const session = sessionById(tx, sessionId);
		const seat = seatRow(tx, sessionId, userId);
		if (!session || !seat) return { ok: false as const, reason: 'not_found' as const };
		if (session.status === 'cancelled') return { ok: false as const, reason: 'cancelled' as const };
		if (seat.status !== 'offered' || !seat.offerExpiresAt || seat.offerExpiresAt <= now) {
			return { ok: false as const, reason: 'not_offered' as const };
		}
		const claimed = tx
			.update(trainingSeats)
			.set({ status: 'registered', offerExpiresAt: null, seatedAt: now, updatedAt: now })
			.where(eq(trainingSeats.id, seat.id))
			.returning()
			.get();
		notify(tx, mail, session, addresseeOf(tx, seat.id), 'registered', seat.queue);
		return { ok: true as const, seat: viewOf(tx, claimed) };
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
export function runTrainingJobs(db: AppDatabase, now = new Date()) {
	return write(db, (tx, mail) => {
		const lapsed = tx
			.select()
			.from(trainingSeats)
			.where(
				and(
					eq(trainingSeats.status, 'offered'),
					sql`${trainingSeats.offerExpiresAt} <= ${now.getTime()}`
				)
			)
			.all();
		const touched = new Set<string>();
		for (const seat of lapsed) {
			tx.update(trainingSeats)
				.set({ status: 'lapsed', offerExpiresAt: null, updatedAt: now })
				.where(eq(trainingSeats.id, seat.id))
				.run();
			const session = sessionById(tx, seat.sessionId)!;
			notify(tx, mail, session, addresseeOf(tx, seat.id), 'lapsed', seat.queue);
			touched.add(seat.sessionId);
		}
		for (const sessionId of touched) fillFreeSeats(tx, mail, sessionById(tx, sessionId)!, now);

		const soon = tx
			.select()
			.from(trainingSessions)
			.where(
				and(
					eq(trainingSessions.status, 'scheduled'),
					gt(trainingSessions.startsAt, now),
					sql`${trainingSessions.startsAt} <= ${now.getTime() + REMINDER_BEFORE_MS}`
				)
			)
			.all();
		let reminded = 0;
		for (const session of soon) {
			const windowOpens = session.startsAt.getTime() - REMINDER_BEFORE_MS;
			for (const to of addressees(tx, session.id, ['registered'])) {
				if (to.seat.seatedAt && to.seat.seatedAt.getTime() > windowOpens) continue;
				const before = mail.length;
				notify(tx, mail, session, to, 'reminder', session.sequence);
				reminded += mail.length - before;
			}
		}
		return { lapsed: lapsed.length, reminded };
	});
}

/** How often the scheduled work runs. */
export const TRAINING_JOB_INTERVAL_MS = 60_000;
