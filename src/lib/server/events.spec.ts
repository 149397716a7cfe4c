import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { eventRegistrations, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { eventFormSchema } from '../registrations/event';
import { registrationSchema, type Registration } from '../registrations/registration';
import { checkImport } from '../registrations/import';
import { toCsv } from '../csv/write';
import {
	createEvent,
	deleteRegistration,
	eventBySlug,
	importRegistrations,
	registrationRows,
	publicCounter,
	registerForEvent
} from './events';
import { first, run } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let eventId: string;

const event = eventFormSchema.parse({
	name: 'Day of AI 2027',
	slug: 'day-of-ai-2027',
	day: '2027-05-13',
	timeZone: 'America/New_York',
	goal: '10000',
	opens: '2027-01-15T09:00',
	closes: '2027-05-13T23:59'
});
const person = (email: string, country = 'US', consent = false): Registration =>
	registrationSchema.parse({
		name: 'Ana Pérez',
		email,
		role: 'teacher',
		organisation: 'Escuela 12',
		country,
		region: '',
		gradeBands: ['3-5', '6-8'],
		expectedStudents: 60,
		language: 'es',
		consent
	});

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	eventId = (await createEvent(db, event))!.id;
});
afterEach(() => cleanup());

describe('event registrations', () => {
	it('creates an event once per slug', async () => {
		expect(await eventBySlug(db, 'day-of-ai-2027')).toMatchObject({
			name: 'Day of AI 2027',
			goal: 10000
		});
		expect(await createEvent(db, event)).toBeNull();
	});

	it('counts one address once, in any case or Unicode form, and updates it instead', async () => {
		const first = await registerForEvent(db, eventId, person('ana@school.org'));
		expect(first.created).toBe(true);
		for (const variant of ['ANA@School.org', ' ａｎａ@school.org '])
			expect(
				await registerForEvent(db, eventId, { ...person(variant), expectedStudents: 90 })
			).toEqual({
				ok: true,
				created: false,
				id: first.id
			});
		await registerForEvent(db, eventId, person('bo@club.es', 'ES'));
		expect(await publicCounter(db, eventId)).toEqual({ educators: 2, countries: 2 });
		const rows = await db.select().from(eventRegistrations);
		expect(rows.find((r) => r.id === first.id)).toMatchObject({
			expectedStudents: 90,
			gradeBands: '3-5;6-8'
		});
	});

	it('records when consent was given, keeps that time, and clears it when taken back', async () => {
		const ticked = new Date('2027-02-01T10:00:00Z');
		await registerForEvent(db, eventId, person('ana@school.org', 'US', true), ticked);
		await registerForEvent(
			db,
			eventId,
			person('ana@school.org', 'US', true),
			new Date('2027-02-05T10:00:00Z')
		);
		expect((await first(db.select().from(eventRegistrations)))!.consentAt).toEqual(ticked);
		await registerForEvent(db, eventId, person('ana@school.org', 'US', false));
		expect((await first(db.select().from(eventRegistrations)))!.consentAt).toBeNull();
	});

	it('links the registration to a teacher account with the same address', async () => {
		await run(
			db.insert(users).values({
				id: 't1',
				email: 'ana@school.org',
				name: 'Ana',
				passwordHash: 'x',
				country: 'US',
				school: 'S'
			})
		);
		await registerForEvent(db, eventId, person('Ana@School.org'));
		expect((await first(db.select().from(eventRegistrations)))!.userId).toBe('t1');
	});

	it('imports a checked file whole, and forgets a registrant who asks', async () => {
		const first = new Date('2027-02-01T10:00:00Z');
		await registerForEvent(db, eventId, person('ana@school.org'), first);
		expect(
			await importRegistrations(
				db,
				eventId,
				[person('ana@school.org'), person('bo@club.es', 'ES')],
				new Date('2027-03-01T10:00:00Z')
			)
		).toEqual({ created: 1, updated: 1 });
		// An update keeps the day the person first registered.
		expect(
			(await db.select().from(eventRegistrations)).find((row) => row.emailKey === 'ana@school.org')!
				.createdAt
		).toEqual(first);
		expect(await deleteRegistration(db, eventId, 'ANA@school.org')).toBe(true);
		expect(await deleteRegistration(db, eventId, 'ana@school.org')).toBe(false);
		expect(await publicCounter(db, eventId)).toEqual({ educators: 1, countries: 1 });
	});

	it('exports every registration as CSV that keeps formulas as text and imports again', async () => {
		await registerForEvent(
			db,
			eventId,
			{ ...person('ana@school.org', 'US', true), organisation: '=HYPERLINK("http://evil")' },
			new Date('2027-02-01T10:00:00Z')
		);
		await registerForEvent(
			db,
			eventId,
			person('bo@club.es', 'ES'),
			new Date('2027-02-02T10:00:00Z')
		);
		const rows = await registrationRows(db, eventId);
		expect(rows).toHaveLength(3);
		expect(rows[1]).toEqual([
			'Ana Pérez',
			'ana@school.org',
			'teacher',
			'=HYPERLINK("http://evil")',
			'US',
			'',
			'3-5;6-8',
			'60',
			'es',
			'2027-02-01T10:00:00.000Z',
			'2027-02-01T10:00:00.000Z',
			'no'
		]);
		const csv = toCsv(rows);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
		// Back in without the export-only columns, the same people.
		const reimport = toCsv(rows.map((row) => row.slice(0, 9)));
		const checked = checkImport(reimport.replace(/^\ufeff/, ''));
		expect(checked.ok && checked.registrations.map((r) => r.email)).toEqual([
			'ana@school.org',
			'bo@club.es'
		]);
	});
});
