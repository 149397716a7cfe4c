import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionFormSchema } from '../training/session-form';
import type { AppDatabase } from './db/client';
import { createTestDb } from './testing/test-db';
import { cancelSession, createSession, sessionById, updateSession } from './training';
import { googleCalendarLink, outlookCalendarLink, sessionsCalendar } from './training-calendar';

let db: AppDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await createTestDb()));
afterEach(() => cleanup());

const input = (starts: string, ends: string) =>
	sessionFormSchema.parse({
		title: 'Teaching GANs, part 1; "deepfakes"',
		description: 'Line one\nLine two, with a comma',
		facilitator: 'Dr. Rivera',
		timeZone: 'America/New_York',
		starts,
		ends,
		capacity: '30',
		onlineUrl: 'https://meet.example.org/gans',
		place: '',
		language: 'en',
		band: '6-8',
		claimMinutes: '0'
	});

/** Parses a file with Mozilla's ical.js, an implementation independent of the one writing it. */
function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) {
		ICAL.TimezoneService.register(zone);
	}
	return calendar;
}

describe('session calendar files', () => {
	it('keep the UID, raise SEQUENCE on every change and give the right instants across DST', async () => {
		// 14 March 2027: New York moves its clocks forward at 2:00 that morning.
		const session = await createSession(db, input('2027-03-14T10:00', '2027-03-14T11:30'));
		const first = parse(sessionsCalendar([session], 'https://classroom.example.org'));
		expect(first.getFirstPropertyValue('method')).toBe('PUBLISH');
		const event = new ICAL.Event(first.getFirstSubcomponent('vevent')!);
		expect(event.uid).toBe(session.uid);
		expect(event.uid).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
		expect(event.sequence).toBe(0);
		expect(event.summary).toBe('Teaching GANs, part 1; "deepfakes"');
		expect(event.description).toContain('Line one\nLine two, with a comma');
		expect(event.startDate.zone.tzid).toBe('America/New_York');
		// 10:00 EDT (UTC-4) is 14:00 UTC; it would be 15:00 UTC had the zone been taken as EST.
		expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-14T14:00:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-14T15:30:00.000Z');

		await updateSession(db, session.id, input('2027-11-07T01:30', '2027-11-07T03:00'));
		const moved = (await sessionById(db, session.id))!;
		const second = new ICAL.Event(
			parse(sessionsCalendar([moved], 'https://x.org')).getFirstSubcomponent('vevent')!
		);
		expect(second.uid).toBe(session.uid);
		expect(second.sequence).toBe(1);
		// 1:30 on 7 November 2027 happens twice in New York; the form takes the first (EDT), and
		// the file names it in UTC, since calendars do not agree which 1:30 a TZID time means.
		expect(second.startDate.toJSDate().toISOString()).toBe('2027-11-07T05:30:00.000Z');
		expect(second.startDate.zone.tzid).toBe('UTC');

		await cancelSession(db, session.id);
		const cancelled = parse(
			sessionsCalendar([(await sessionById(db, session.id))!], 'https://x.org')
		);
		expect(cancelled.getFirstPropertyValue('method')).toBe('CANCEL');
		const gone = cancelled.getFirstSubcomponent('vevent')!;
		expect(gone.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(gone.getFirstPropertyValue('sequence')).toBe(2);
		expect(gone.getFirstPropertyValue('uid')).toBe(session.uid);
	});

	it('hold many sessions in one PUBLISH file, each with its own zone', async () => {
		const a = await createSession(db, input('2027-03-14T10:00', '2027-03-14T11:00'));
		const b = await createSession(db, {
			...input('2027-03-28T10:00', '2027-03-28T11:00'),
			timeZone: 'Europe/Madrid',
			startsAt: new Date('2027-03-28T08:00:00Z'),
			endsAt: new Date('2027-03-28T09:00:00Z')
		});
		const calendar = parse(sessionsCalendar([a, b], 'https://x.org'));
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
		expect(events.map((e) => e.uid)).toEqual([a.uid, b.uid]);
		expect(events[1]!.startDate.zone.tzid).toBe('Europe/Madrid');
		// 28 March 2027 is the day Madrid moves to CEST: 10:00 there is 08:00 UTC.
		expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2027-03-28T08:00:00.000Z');
	});

	it('make Google and Outlook links with the UTC times', async () => {
		const session = await createSession(db, input('2027-03-14T10:00', '2027-03-14T11:30'));
		const google = new URL(googleCalendarLink(session, 'https://x.org'));
		expect(google.searchParams.get('dates')).toBe('20270314T140000Z/20270314T153000Z');
		expect(google.searchParams.get('ctz')).toBe('America/New_York');
		const outlook = new URL(outlookCalendarLink(session, 'https://x.org'));
		expect(outlook.searchParams.get('startdt')).toBe('2027-03-14T14:00:00.000Z');
		expect(outlook.searchParams.get('subject')).toBe(session.title);
	});
});
