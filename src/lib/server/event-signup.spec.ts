import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventFormSchema } from '../registrations/event';
import { registrationSchema, type Registration } from '../registrations/registration';
import { confirmSignup, requestSignup } from './accounts';
import type { AppDatabase } from './db/client';
import { eventRegistrations, outbox, type DayOfAiEvent } from './db/schema';
import { REGISTRATION_TICKET, submitRegistration } from './event-signup';
import {
	createEvent,
	forgetByToken,
	issueForgetToken,
	publicCounter,
	registrationForForgetToken,
	updateEvent
} from './events';
import { checkFormTicket, issueFormTicket, TICKET_LIFETIME_MS } from './form-ticket';
import { createTestDb } from './testing/test-db';
import { first } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let event: DayOfAiEvent;
const now = new Date('2027-03-01T12:00:00Z');
const drawn = new Date(now.getTime() - 10_000);

const input = {
	name: 'Day of AI 2027',
	slug: 'day-of-ai-2027',
	day: '2027-05-13',
	timeZone: 'America/New_York',
	goal: '10000',
	opens: '2027-01-15T09:00',
	closes: '2027-05-13T23:59'
};
const person = (email: string, country = 'US'): Registration =>
	registrationSchema.parse({
		name: 'Ana Pérez',
		email,
		role: 'teacher',
		organisation: 'Escuela 12',
		country,
		gradeBands: ['3-5'],
		expectedStudents: 25,
		language: 'es',
		consent: true
	});
const guards = (ip = '203.0.113.7', extra: Partial<{ ticket: string; honeypot: string }> = {}) => ({
	ip,
	ticket: issueFormTicket(REGISTRATION_TICKET, drawn),
	honeypot: '',
	...extra
});

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	event = (await createEvent(db, eventFormSchema.parse(input)))!;
});
afterEach(() => cleanup());

describe('time-to-submit tickets', () => {
	it('accept a form older than the minimum, refuse a quicker, an old, a forged or a reused-elsewhere one', () => {
		const ticket = issueFormTicket('event-registration', drawn);
		expect(checkFormTicket(ticket, 'event-registration', 3_000, now)).toBe('ok');
		expect(checkFormTicket(ticket, 'event-registration', 30_000, now)).toBe('too_fast');
		expect(
			checkFormTicket(
				ticket,
				'event-registration',
				3_000,
				new Date(drawn.getTime() + TICKET_LIFETIME_MS + 1)
			)
		).toBe('expired');
		expect(checkFormTicket(ticket, 'another-form', 3_000, now)).toBe('invalid');
		const [time, signature] = ticket.split('.');
		expect(
			checkFormTicket(`${Number(time) - 60_000}.${signature}`, 'event-registration', 3_000, now)
		).toBe('invalid');
		for (const junk of [
			'',
			'abc',
			`${time}.`,
			`${time}.${'A'.repeat(43)}`,
			`${time}.${signature}x`
		])
			expect(checkFormTicket(junk, 'event-registration', 3_000, now), junk).toBe('invalid');
	});
});

describe('a registration from the public form', () => {
	it('is stored with a delete link when the event is open and the form is a person’s', async () => {
		const result = await submitRegistration(db, event, person('ana@school.org'), guards(), now);
		expect(result).toMatchObject({ ok: true, created: true });
		expect(await publicCounter(db, event.id)).toEqual({ educators: 1, countries: 1 });
	});

	it('refuses a closed or not yet open event, a filled honeypot, a quick or forged form, storing nothing', async () => {
		const cases: [Parameters<typeof submitRegistration>[3], Date, string][] = [
			[guards(), new Date('2027-01-01T00:00:00Z'), 'not_open'],
			[guards(), new Date('2027-06-01T00:00:00Z'), 'not_open'],
			[guards(undefined, { honeypot: 'http://spam.example' }), now, 'spam'],
			[
				guards(undefined, {
					ticket: issueFormTicket(REGISTRATION_TICKET, new Date(now.getTime() - 500))
				}),
				now,
				'too_fast'
			],
			[guards(undefined, { ticket: 'made-up' }), now, 'form_expired']
		];
		for (const [guard, at, reason] of cases)
			expect(await submitRegistration(db, event, person('ana@school.org'), guard, at)).toEqual({
				ok: false,
				reason
			});
		expect((await publicCounter(db, event.id)).educators).toBe(0);
	});

	it('lets a whole school register from one address, and stops one address from flooding', async () => {
		// 300 colleagues behind the school's one IP address, in an hour: all of them count.
		for (let k = 0; k < 300; k++)
			expect(
				(await submitRegistration(db, event, person(`teacher${k}@school.org`), guards(), now)).ok
			).toBe(true);
		const more = await submitRegistration(
			db,
			event,
			person('one-too-many@school.org'),
			guards(),
			now
		);
		expect(more).toMatchObject({ ok: false, reason: 'rate_limited' });
		// Another school is not affected.
		expect(
			(await submitRegistration(db, event, person('ana@other.org'), guards('198.51.100.1'), now)).ok
		).toBe(true);
		// One address changing its registration over and over is stopped after 10, from any IP.
		for (let k = 0; k < 10; k++)
			expect(
				(await submitRegistration(db, event, person('bea@x.org'), guards(`192.0.2.${k}`), now)).ok
			).toBe(true);
		expect(
			await submitRegistration(db, event, person('BEA@x.org'), guards('192.0.2.99'), now)
		).toMatchObject({
			ok: false,
			reason: 'rate_limited'
		});
		expect((await publicCounter(db, event.id)).educators).toBe(302);
	});
});

describe('delete my registration', () => {
	it('a mailed link deletes that registration once; a newer link replaces it', async () => {
		await submitRegistration(db, event, person('ana@school.org'), guards(), now);
		const first = (await issueForgetToken(db, event.id, 'ANA@school.org'))!;
		const newest = (await issueForgetToken(db, event.id, 'ana@school.org'))!;
		expect(await registrationForForgetToken(db, event.id, first)).toBeNull();
		expect(await registrationForForgetToken(db, event.id, newest)).toMatchObject({
			email: 'ana@school.org'
		});
		expect(await forgetByToken(db, event.id, 'not-a-token')).toBe(false);
		expect(await forgetByToken(db, event.id, newest)).toBe(true);
		expect(await forgetByToken(db, event.id, newest)).toBe(false);
		expect((await publicCounter(db, event.id)).educators).toBe(0);
		expect(await issueForgetToken(db, event.id, 'nobody@school.org')).toBeNull();
	});
});

describe('registrants and teacher accounts', () => {
	it('a registrant who creates an account later (or in the same step) is linked to it', async () => {
		await submitRegistration(db, event, person('Ana@School.org'), guards(), now);
		await requestSignup(
			db,
			{
				name: 'Ana',
				email: 'ana@school.org',
				password: 'spotted-cows-42',
				country: 'US',
				school: 'Escuela 12'
			},
			'203.0.113.7',
			{
				confirm: (link) => ({ subject: 'Confirm', text: link }),
				existing: () => ({ subject: 'x', text: 'x' })
			},
			(token) => `http://x/signup/confirm/${token}`
		);
		const link = (await first(db.select().from(outbox).where(eq(outbox.subject, 'Confirm'))))!.text;
		const confirmed = await confirmSignup(db, link.split('/').pop()!);
		expect(confirmed.ok).toBe(true);
		const row = (await first(db.select().from(eventRegistrations)))!;
		expect(row.userId).toBe(confirmed.ok ? confirmed.user.id : null);
		// Registering again while signed in updates the one registration.
		await submitRegistration(db, event, person('ana@school.org'), guards(), now);
		expect((await publicCounter(db, event.id)).educators).toBe(1);
	});
});

describe('editing an event', () => {
	it('changes it, and refuses a slug another event has', async () => {
		const other = (await createEvent(
			db,
			eventFormSchema.parse({ ...input, slug: 'day-of-ai-2028' })
		))!;
		expect(
			await updateEvent(db, event.id, eventFormSchema.parse({ ...input, goal: '20' }))
		).toMatchObject({ goal: 20 });
		expect(await updateEvent(db, other.id, eventFormSchema.parse({ ...input }))).toBeNull();
	});
});
