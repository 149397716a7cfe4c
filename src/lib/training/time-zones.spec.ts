import { describe, expect, it } from 'vitest';
import { formatDateTimeIn } from '../i18n/dates';
import { sessionFormSchema } from './session-form';

const at = (starts: string, ends: string) =>
	sessionFormSchema.parse({
		title: 'Teaching GANs',
		description: '',
		facilitator: 'Dr. Rivera',
		timeZone: 'America/New_York',
		starts,
		ends,
		capacity: '30',
		onlineUrl: '',
		place: 'Room 12, Lincoln School',
		language: 'en',
		band: '',
		claimMinutes: ''
	});
const seen = (instant: Date, zone: string) => formatDateTimeIn(instant, 'en-GB', zone);

/**
 * A 16:00 session in New York, read from Madrid and Sydney on the weeks clocks change: the gaps
 * between the three cities are not constant, and each reader must see their own wall clock.
 */
describe('a New York session seen from Madrid and Sydney', () => {
	it.each([
		// Before any change: New York EST (-5), Madrid CET (+1), Sydney AEDT (+11).
		['2027-03-10T16:00', '2027-03-10T21:00:00.000Z', '10 Mar 2027, 22:00', '11 Mar 2027, 08:00'],
		// New York on EDT (14 March), Madrid still CET: a five-hour gap for two weeks.
		['2027-03-15T16:00', '2027-03-15T20:00:00.000Z', '15 Mar 2027, 21:00', '16 Mar 2027, 07:00'],
		// Madrid on CEST (28 March), Sydney still AEDT.
		['2027-03-29T16:00', '2027-03-29T20:00:00.000Z', '29 Mar 2027, 22:00', '30 Mar 2027, 07:00'],
		// Sydney back on AEST (4 April).
		['2027-04-05T16:00', '2027-04-05T20:00:00.000Z', '5 Apr 2027, 22:00', '6 Apr 2027, 06:00'],
		// Autumn: Madrid back on CET (31 October), New York still EDT, Sydney on AEDT since 3 Oct.
		['2027-11-01T16:00', '2027-11-01T20:00:00.000Z', '1 Nov 2027, 21:00', '2 Nov 2027, 07:00'],
		// New York back on EST (7 November).
		['2027-11-08T16:00', '2027-11-08T21:00:00.000Z', '8 Nov 2027, 22:00', '9 Nov 2027, 08:00']
	])('%s New York time', (local, utc, madrid, sydney) => {
		const session = at(local, local.replace('16:00', '17:00'));
		expect(session.startsAt.toISOString()).toBe(utc);
		expect(seen(session.startsAt, 'Europe/Madrid')).toBe(madrid);
		expect(seen(session.startsAt, 'Australia/Sydney')).toBe(sydney);
		expect(session.endsAt.getTime() - session.startsAt.getTime()).toBe(3_600_000);
	});

	it('keeps a session that spans the change of clocks at its real length', () => {
		// 01:00 to 04:00 on the night New York springs forward lasts two hours, not three.
		const session = at('2027-03-14T01:00', '2027-03-14T04:00');
		expect(session.endsAt.getTime() - session.startsAt.getTime()).toBe(2 * 3_600_000);
	});
});

describe('the session form', () => {
	const base = {
		title: 'Teaching GANs',
		description: '',
		facilitator: 'Dr. Rivera',
		timeZone: 'America/New_York',
		starts: '2027-03-10T16:00',
		ends: '2027-03-10T17:00',
		capacity: '30',
		onlineUrl: 'https://meet.example.org/x',
		place: '',
		language: 'en',
		band: '',
		claimMinutes: ''
	};
	const error = (overrides: Record<string, string>) => {
		const result = sessionFormSchema.safeParse({ ...base, ...overrides });
		return result.success ? null : result.error.issues.map((i) => [i.path[0], i.message]);
	};
	it('accepts a good session and reads the optional fields', () => {
		const session = sessionFormSchema.parse(base);
		expect(session).toMatchObject({ capacity: 30, band: null, place: null, claimMinutes: 0 });
	});
	it.each([
		[{ ends: '2027-03-10T15:00' }, 'ends', 'invalid'],
		[{ ends: '2027-03-11T05:00' }, 'ends', 'invalid'],
		[{ starts: '2027-02-30T16:00' }, 'starts', 'invalid'],
		[{ timeZone: 'Mars/Olympus' }, 'timeZone', 'invalid'],
		[{ capacity: '0' }, 'capacity', 'invalid'],
		[{ capacity: '1e3' }, 'capacity', 'invalid'],
		[{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 'invalid'],
		[{ onlineUrl: 'https://user:pw@meet.example.org' }, 'onlineUrl', 'invalid'],
		[{ onlineUrl: '' }, 'onlineUrl', 'required'],
		[{ language: 'fr' }, 'language', 'invalid'],
		[{ band: 'K-2' }, 'band', 'invalid'],
		[{ claimMinutes: '-5' }, 'claimMinutes', 'invalid'],
		[{ title: '' }, 'title', 'required'],
		[{ description: 'x'.repeat(4001) }, 'description', 'too_long']
	])('refuses %j', (overrides, field, code) => {
		expect(error(overrides)).toContainEqual([field, code]);
	});
});
