import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionFormSchema, type SessionInput } from '../training/session-form';
import type { AppDatabase } from './db/client';
import { outbox, trainingSeats, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import {
	cancelSeat,
	cancelSession,
	claimOffer,
	createSession,
	duplicateSession,
	registerForSession,
	runTrainingJobs,
	seatOf,
	updateSession
} from './training';
import { seatCounts } from './training-views';
import { eq } from 'drizzle-orm';
import { run, first } from './db/query';
import { inOrder } from './testing/in-order';

let db: AppDatabase;
let cleanup: () => Promise<void>;

const HOUR = 3_600_000;
const form = (overrides: Record<string, string> = {}): SessionInput =>
	sessionFormSchema.parse({
		title: 'Teaching GANs',
		description: 'How generators and discriminators learn from each other.',
		facilitator: 'Dr. Rivera',
		timeZone: 'America/New_York',
		starts: '2027-03-20T16:00',
		ends: '2027-03-20T17:30',
		capacity: '2',
		onlineUrl: 'https://meet.example.org/gans',
		place: '',
		language: 'en',
		band: '',
		claimMinutes: '',
		...overrides
	});
const before = new Date('2027-03-01T12:00:00Z');

async function teacher(n: number, timeZone: string | null = null): Promise<string> {
	const id = `t${n}`;
	await run(
		db.insert(users).values({
			id,
			email: `teacher${n}@school.org`,
			name: `Teacher ${n}`,
			passwordHash: 'x',
			country: 'US',
			school: 'School',
			timeZone
		})
	);
	return id;
}

async function mailTo(n: number) {
	return (
		await db
			.select()
			.from(outbox)
			.where(eq(outbox.to, `teacher${n}@school.org`))
	).map((row) => row.subject);
}

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
});
afterEach(() => cleanup());

describe('registering for a session', () => {
	it('gives seats in order, then a waitlist with positions', async () => {
		const session = await createSession(db, form(), before);
		const results = await inOrder([1, 2, 3, 4], async (n) =>
			registerForSession(db, session.id, await teacher(n), 'en', before)
		);
		expect(results.map((r) => r.ok && r.seat.status)).toEqual([
			'registered',
			'registered',
			'waitlisted',
			'waitlisted'
		]);
		expect(results.map((r) => r.ok && r.seat.position)).toEqual([null, null, 1, 2]);
		expect(await mailTo(1)).toEqual(['Your seat is booked: Teaching GANs']);
		expect(await mailTo(3)).toEqual(['You are on the waitlist: Teaching GANs']);
		const text = (await first(
			db.select().from(outbox).where(eq(outbox.to, 'teacher4@school.org'))
		))!.text;
		expect(text).toContain('number 2 in line');
	});

	it('changes nothing when a teacher registers twice', async () => {
		const session = await createSession(db, form(), before);
		const id = await teacher(1);
		await registerForSession(db, session.id, id, 'en', before);
		const again = await registerForSession(db, session.id, id, 'en', before);
		expect(again.ok && again.seat.status).toBe('registered');
		expect((await seatCounts(db, [session.id])).get(session.id)!.registered).toBe(1);
		expect(await mailTo(1)).toHaveLength(1);
	});

	it('refuses cancelled and finished sessions', async () => {
		const session = await createSession(db, form(), before);
		const id = await teacher(1);
		expect(
			await registerForSession(db, session.id, id, 'en', new Date('2027-03-21T00:00:00Z'))
		).toEqual({
			ok: false,
			reason: 'ended'
		});
		await cancelSession(db, session.id, before);
		expect(await registerForSession(db, session.id, id, 'en', before)).toEqual({
			ok: false,
			reason: 'cancelled'
		});
		expect(await db.select().from(trainingSeats)).toHaveLength(0);
	});

	it('writes messages in the language the teacher registered in', async () => {
		const session = await createSession(db, form(), before);
		await registerForSession(db, session.id, await teacher(1, 'Europe/Madrid'), 'es', before);
		const mail = (await first(db.select().from(outbox)))!;
		expect(mail.subject).toBe('Tu plaza está reservada: Teaching GANs');
		// 16:00 in New York on 20 March 2027 (EDT) is 21:00 in Madrid (still CET).
		expect(mail.text).toContain('21:00');
		expect(mail.text).toContain('(Europe/Madrid)');
		expect(mail.text).toContain('(America/New_York)');
	});
});

describe('the waitlist', () => {
	it('gives a freed seat to the first in line at once', async () => {
		const session = await createSession(db, form(), before);
		const ids = await inOrder([1, 2, 3, 4], (n) => teacher(n));
		for (const id of ids) await registerForSession(db, session.id, id, 'en', before);
		expect(await cancelSeat(db, session.id, ids[0]!, before)).toBe(true);
		expect((await seatOf(db, session.id, ids[2]!))?.status).toBe('registered');
		expect((await seatOf(db, session.id, ids[3]!))?.position).toBe(1);
		expect(await mailTo(3)).toContain('A seat is yours: Teaching GANs');
		const counts = (await seatCounts(db, [session.id])).get(session.id)!;
		expect(counts).toMatchObject({ registered: 2, waitlisted: 1 });
	});

	it('offers a freed seat for the claim window, then passes it on', async () => {
		const session = await createSession(db, form({ claimMinutes: '60' }), before);
		const ids = await inOrder([1, 2, 3, 4], (n) => teacher(n));
		for (const id of ids) await registerForSession(db, session.id, id, 'en', before);
		await cancelSeat(db, session.id, ids[1]!, before);
		const offered = await seatOf(db, session.id, ids[2]!);
		expect(offered?.status).toBe('offered');
		expect(offered?.offerExpiresAt).toEqual(new Date(before.getTime() + HOUR));
		// The offered seat is held: a newcomer still joins the waitlist.
		const late = await registerForSession(db, session.id, await teacher(5), 'en', before);
		expect(late.ok && late.seat).toMatchObject({ status: 'waitlisted', position: 2 });

		expect((await runTrainingJobs(db, new Date(before.getTime() + HOUR - 1))).lapsed).toBe(0);
		expect((await runTrainingJobs(db, new Date(before.getTime() + HOUR))).lapsed).toBe(1);
		expect((await seatOf(db, session.id, ids[2]!))?.status).toBe('lapsed');
		expect((await seatOf(db, session.id, ids[3]!))?.status).toBe('offered');
		expect(await mailTo(3)).toEqual([
			'You are on the waitlist: Teaching GANs',
			'A seat is waiting for you: Teaching GANs',
			'The seat offer has passed: Teaching GANs'
		]);
		const claimed = await claimOffer(
			db,
			session.id,
			ids[3]!,
			new Date(before.getTime() + HOUR + 1)
		);
		expect(claimed.ok && claimed.seat.status).toBe('registered');
		expect(await claimOffer(db, session.id, ids[2]!, before)).toEqual({
			ok: false,
			reason: 'not_offered'
		});
	});

	it('gives new seats to the waitlist when the capacity grows', async () => {
		const session = await createSession(db, form(), before);
		const ids = await inOrder([1, 2, 3, 4], (n) => teacher(n));
		for (const id of ids) await registerForSession(db, session.id, id, 'en', before);
		await updateSession(db, session.id, form({ capacity: '3' }), before);
		expect((await seatOf(db, session.id, ids[2]!))?.status).toBe('registered');
		await updateSession(db, session.id, form({ capacity: '1' }), before);
		expect((await seatCounts(db, [session.id])).get(session.id)!.registered).toBe(3);
	});
});

describe('changes, cancellations and reminders', () => {
	it('tells everyone taking part about a new time, once, and raises the sequence', async () => {
		const session = await createSession(db, form(), before);
		const ids = await inOrder([1, 2, 3], (n) => teacher(n));
		for (const id of ids) await registerForSession(db, session.id, id, 'en', before);
		const same = await updateSession(db, session.id, form({ title: 'Teaching GANs well' }), before);
		expect(same.ok && same.session.sequence).toBe(0);
		const moved = await updateSession(
			db,
			session.id,
			form({ starts: '2027-03-21T16:00', ends: '2027-03-21T17:00' }),
			before
		);
		expect(moved.ok && moved).toMatchObject({ notified: 3, session: { sequence: 1 } });
		expect(await mailTo(3)).toContain('New time: Teaching GANs');
		expect(await cancelSession(db, session.id, before)).toBe(3);
		expect(await cancelSession(db, session.id, before)).toBeNull();
		expect((await mailTo(1)).filter((s) => s.startsWith('Cancelled'))).toHaveLength(1);
	});

	it('sends each reminder once, 24 hours before, even when the job runs again', async () => {
		const session = await createSession(db, form(), before);
		const early = await teacher(1);
		const late = await teacher(2);
		await registerForSession(db, session.id, early, 'en', before);
		const start = session.startsAt.getTime();
		await registerForSession(db, session.id, late, 'en', new Date(start - 2 * HOUR));
		expect((await runTrainingJobs(db, new Date(start - 25 * HOUR))).reminded).toBe(0);
		expect((await runTrainingJobs(db, new Date(start - 23 * HOUR))).reminded).toBe(1);
		expect((await runTrainingJobs(db, new Date(start - 22 * HOUR))).reminded).toBe(0);
		expect((await mailTo(1)).filter((s) => s.startsWith('Coming up'))).toHaveLength(1);
		// Registered inside the window: the confirmation was the reminder.
		expect(await mailTo(2)).toEqual(['Your seat is booked: Teaching GANs']);
	});
});

describe('duplicating', () => {
	it('copies a session with a new calendar UID and no seats', async () => {
		const session = await createSession(db, form(), before);
		await registerForSession(db, session.id, await teacher(1), 'en', before);
		const copy = (await duplicateSession(db, session.id, before))!;
		expect(copy.uid).not.toBe(session.uid);
		expect(copy.title).toBe(session.title);
		expect((await seatCounts(db, [copy.id])).get(copy.id)!.registered).toBe(0);
	});
});
