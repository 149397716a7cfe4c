import { and, eq } from 'drizzle-orm';
import { generateCertificateCode, normalizeCertificateCode } from '../training/certificate-code';
import { sessionHours } from '../training/session-form';
import type { AppDatabase } from './db/client';
import { trainingSeats, trainingSessions, users, type TrainingSession } from './db/schema';
import { checkRateLimit, recordFailure, type RateLimitRule } from './rate-limit';
import { run, first } from './db/query';

/** Check-in opens this long before the start and closes at the end. */
export const CHECK_IN_OPENS_BEFORE_MS = 15 * 60_000;
/** Wrong check-in codes one teacher may type in 15 minutes, over all sessions. */
export const CHECK_IN_RULE: RateLimitRule = { max: 10, windowMs: 15 * 60_000 };

export function checkInOpen(session: TrainingSession, now = new Date()): boolean {
	return (
		session.status === 'scheduled' &&
		now.getTime() >= session.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS &&
		now < session.endsAt
	);
}

export type CheckInResult =
	| { ok: true }
	| { ok: false; reason: 'not_registered' | 'not_open' | 'code_wrong' }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number };

async function attend(
	db: AppDatabase,
	seatId: string,
	by: 'check-in' | 'organizer',
	now: Date
): Promise<void> {
	await run(
		db
			.update(trainingSeats)
			.set({
				attendedAt: now,
				attendanceBy: by,
				certificateCode: generateCertificateCode(),
				updatedAt: now
			})
			.where(eq(trainingSeats.id, seatId))
	);
}

/** A registered teacher checks in with the facilitator's code while the session is on. */
export async function checkIn(
	db: AppDatabase,
	session: TrainingSession,
	userId: string,
	code: string,
	now = new Date()
): Promise<CheckInResult> {
	const seat = await first(
		db
			.select()
			.from(trainingSeats)
			.where(and(eq(trainingSeats.sessionId, session.id), eq(trainingSeats.userId, userId)))
	);
	if (!seat || seat.status !== 'registered') return { ok: false, reason: 'not_registered' };
	if (seat.attendedAt) return { ok: true };
	if (!checkInOpen(session, now)) return { ok: false, reason: 'not_open' };
	const key = `check-in:${userId}`;
	const state = await checkRateLimit(db, key, CHECK_IN_RULE, now);
	if (state.limited) return { ok: false, reason: 'rate_limited', retryAfterMs: state.retryAfterMs };
	if (code.replace(/\s/g, '') !== session.checkInCode) {
		await recordFailure(db, key, CHECK_IN_RULE, now);
		return { ok: false, reason: 'code_wrong' };
	}
	await attend(db, seat.id, 'check-in', now);
	return { ok: true };
}

/** The organizer marks a registered teacher as present or absent (absent withdraws the certificate). */
export async function markAttendance(
	db: AppDatabase,
	sessionId: string,
	seatId: string,
	present: boolean,
	now = new Date()
): Promise<boolean> {
	const seat = await first(
		db
			.select()
			.from(trainingSeats)
			.where(and(eq(trainingSeats.id, seatId), eq(trainingSeats.sessionId, sessionId)))
	);
	if (!seat || seat.status !== 'registered') return false;
	if (present) {
		if (!seat.attendedAt) await attend(db, seat.id, 'organizer', now);
	} else {
		await run(
			db
				.update(trainingSeats)
				.set({ attendedAt: null, attendanceBy: null, certificateCode: null, updatedAt: now })
				.where(eq(trainingSeats.id, seat.id))
		);
	}
	return true;
}

/** What a certificate states, and all the verification page shows. */
export interface CertificateFacts {
	code: string;
	name: string;
	title: string;
	facilitator: string;
	startsAt: Date;
	timeZone: string;
	hours: number;
}

/** The certificate with this code, or null for a code that is malformed, altered or withdrawn. */
export async function certificateByCode(
	db: AppDatabase,
	raw: string
): Promise<CertificateFacts | null> {
	const code = normalizeCertificateCode(raw);
	if (!code) return null;
	const row = await first(
		db
			.select({ seat: trainingSeats, session: trainingSessions, name: users.name })
			.from(trainingSeats)
			.innerJoin(trainingSessions, eq(trainingSessions.id, trainingSeats.sessionId))
			.innerJoin(users, eq(users.id, trainingSeats.userId))
			.where(eq(trainingSeats.certificateCode, code))
	);
	if (!row || !row.seat.attendedAt || row.session.status !== 'scheduled') return null;
	return factsOf(row.session, row.name, code);
}

function factsOf(session: TrainingSession, name: string, code: string): CertificateFacts {
	return {
		code,
		name,
		title: session.title,
		facilitator: session.facilitator,
		startsAt: session.startsAt,
		timeZone: session.timeZone,
		hours: sessionHours(session.startsAt, session.endsAt)
	};
}

/** A teacher's own certificate for a session they attended, or null. */
export async function certificateFor(
	db: AppDatabase,
	session: TrainingSession,
	userId: string
): Promise<CertificateFacts | null> {
	const row = await first(
		db
			.select({ seat: trainingSeats, name: users.name })
			.from(trainingSeats)
			.innerJoin(users, eq(users.id, trainingSeats.userId))
			.where(and(eq(trainingSeats.sessionId, session.id), eq(trainingSeats.userId, userId)))
	);
	if (!row?.seat.attendedAt || !row.seat.certificateCode || session.status !== 'scheduled') {
		return null;
	}
	return factsOf(session, row.name, row.seat.certificateCode);
}
