import { describe, expect, it } from 'vitest';
import { eventFormSchema, eventStatus, isTimeZone, utcToZonedTime, zonedTimeToUtc } from './event';

describe('event times, entered in the event’s time zone', () => {
	it('turns wall-clock times into instants across daylight-saving changes', () => {
		// New York: EST (−5) in winter, EDT (−4) from 8 March 2026 at 2:00.
		expect(zonedTimeToUtc('2026-03-07T09:00', 'America/New_York')!.toISOString()).toBe(
			'2026-03-07T14:00:00.000Z'
		);
		expect(zonedTimeToUtc('2026-03-09T09:00', 'America/New_York')!.toISOString()).toBe(
			'2026-03-09T13:00:00.000Z'
		);
		// Madrid (+1 / +2 from 29 March 2026) and Sydney (+11 / +10 from 5 April 2026).
		expect(zonedTimeToUtc('2026-03-30T10:00', 'Europe/Madrid')!.toISOString()).toBe(
			'2026-03-30T08:00:00.000Z'
		);
		expect(zonedTimeToUtc('2026-04-04T10:00', 'Australia/Sydney')!.toISOString()).toBe(
			'2026-04-03T23:00:00.000Z'
		);
		expect(zonedTimeToUtc('2026-04-06T10:00', 'Australia/Sydney')!.toISOString()).toBe(
			'2026-04-06T00:00:00.000Z'
		);
	});

	it('moves a skipped time on by the gap, and takes the first of a repeated one', () => {
		// 2:30 does not happen in New York on 8 March 2026: it reads as 3:30 EDT.
		expect(zonedTimeToUtc('2026-03-08T02:30', 'America/New_York')!.toISOString()).toBe(
			'2026-03-08T07:30:00.000Z'
		);
		// 1:30 happens twice on 1 November 2026: the first is EDT.
		expect(zonedTimeToUtc('2026-11-01T01:30', 'America/New_York')!.toISOString()).toBe(
			'2026-11-01T05:30:00.000Z'
		);
	});

	it('shows an instant back as the zone’s wall-clock time, and refuses what is not a time', () => {
		expect(utcToZonedTime(new Date('2026-03-09T13:00:00Z'), 'America/New_York')).toBe(
			'2026-03-09T09:00'
		);
		expect(zonedTimeToUtc('2026-02-30T09:00', 'UTC')).toBeNull();
		expect(zonedTimeToUtc('2026-01-01T24:00', 'UTC')).toBeNull();
		expect(zonedTimeToUtc('2026-01-01T09:00', 'Mars/Olympus')).toBeNull();
		expect(isTimeZone('Europe/Madrid')).toBe(true);
		expect(isTimeZone('')).toBe(false);
	});
});

describe('an event as organizers set it up', () => {
	const form = {
		name: 'Day of AI 2027',
		slug: 'Day-of-AI-2027',
		day: '2027-05-13',
		timeZone: 'America/New_York',
		goal: '10000',
		opens: '2027-01-15T09:00',
		closes: '2027-05-13T23:59'
	};

	it('stores its window in UTC and says whether registration is open', () => {
		const event = eventFormSchema.parse(form);
		expect(event).toMatchObject({ slug: 'day-of-ai-2027', goal: 10000 });
		expect(event.opensAt.toISOString()).toBe('2027-01-15T14:00:00.000Z');
		expect(event.closesAt.toISOString()).toBe('2027-05-14T03:59:00.000Z');
		expect(eventStatus(event, new Date('2027-01-15T13:59:00Z'))).toBe('not-open-yet');
		expect(eventStatus(event, new Date('2027-03-01T00:00:00Z'))).toBe('open');
		expect(eventStatus(event, new Date('2027-05-14T03:59:00Z'))).toBe('closed');
	});

	it('refuses a window that closes before it opens, an unknown zone, a bad slug or goal', () => {
		for (const bad of [
			{ closes: '2027-01-01T09:00' },
			{ timeZone: 'Nowhere/Else' },
			{ slug: 'has space' },
			{ slug: '-x' },
			{ goal: '0' },
			{ goal: 'many' },
			{ opens: '15/01/2027' }
		])
			expect(eventFormSchema.safeParse({ ...form, ...bad }).success, JSON.stringify(bad)).toBe(
				false
			);
	});
});
