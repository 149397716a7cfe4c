import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { students, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { createClass } from './classes';
import { eventFormSchema } from '../registrations/event';
import { registrationSchema } from '../registrations/registration';
import { createEvent, deleteRegistration, registerForEvent } from './events';
import { rebuildEventCounts } from './event-counts';
import { dashboardFigures } from './event-dashboard';
import { run } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let eventId: string;

const event = (slug: string) =>
	eventFormSchema.parse({
		name: slug,
		slug,
		day: '2027-05-13',
		timeZone: 'UTC',
		goal: '100',
		opens: '2027-01-01T00:00',
		closes: '2027-06-01T00:00'
	});
const register = async (
	email: string,
	at: string,
	fields: { country: string; role?: string; bands?: string[]; students?: number },
	on = eventId
) =>
	registerForEvent(
		db,
		on,
		registrationSchema.parse({
			name: 'Someone',
			email,
			role: fields.role ?? 'teacher',
			organisation: 'A school',
			country: fields.country,
			gradeBands: fields.bands ?? [],
			expectedStudents: fields.students ?? 0,
			language: 'en',
			consent: false
		}),
		new Date(at)
	);

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	eventId = (await createEvent(db, event('day-of-ai-2027')))!.id;
	const other = (await createEvent(db, event('another-event')))!.id;
	// The fixture, by hand: five registrations in three countries over three days.
	await register('a@x.org', '2027-02-01T09:00:00Z', {
		country: 'US',
		bands: ['3-5', '6-8'],
		students: 50
	});
	await register('b@x.org', '2027-02-01T23:59:00Z', {
		country: 'US',
		role: 'school-leader',
		students: 400
	});
	await register('c@x.org', '2027-02-02T00:00:00Z', {
		country: 'MX',
		bands: ['9-12'],
		students: 30
	});
	await register('d@x.org', '2027-02-04T12:00:00Z', {
		country: 'KE',
		role: 'parent',
		bands: ['3-5']
	});
	await register('e@x.org', '2027-02-04T13:00:00Z', {
		country: 'MX',
		bands: ['6-8'],
		students: 25
	});
	// Counted for its own event only.
	await register('z@x.org', '2027-02-03T10:00:00Z', { country: 'FR', students: 1000 }, other);
	// a@ and c@ have teacher accounts; a@ has a class with two students, one joined.
	for (const id of ['a', 'c'])
		await run(
			db.insert(users).values({
				id,
				email: `${id}@x.org`,
				name: id,
				passwordHash: 'x',
				country: 'US',
				school: 'S'
			})
		);
	await register('a@x.org', '2027-02-01T09:00:00Z', {
		country: 'US',
		bands: ['3-5', '6-8'],
		students: 50
	});
	await register('c@x.org', '2027-02-02T00:00:00Z', {
		country: 'MX',
		bands: ['9-12'],
		students: 30
	});
	const klass = await createClass(db, 'a', { name: 'Room 1', band: '3-5' });
	await run(
		db.insert(students).values([
			{ id: 's1', classId: klass.id, displayName: 'Kim', picturePassword: 'cat-dog-sun' },
			{ id: 's2', classId: klass.id, displayName: 'Lee', picturePassword: null }
		])
	);
});
afterEach(() => cleanup());

describe('the organizer’s dashboard figures', () => {
	it('match the hand-computed fixture', async () => {
		expect(await dashboardFigures(db, eventId)).toEqual({
			registrations: 5,
			countries: 3,
			expectedStudents: 505,
			registrantsWithClass: 1,
			studentsJoined: 1,
			byCountry: [
				{ country: 'MX', count: 2 },
				{ country: 'US', count: 2 },
				{ country: 'KE', count: 1 }
			],
			byRole: { teacher: 3, 'school-leader': 1, parent: 1, other: 0 },
			byBand: { '3-5': 2, '6-8': 2, '9-12': 1 },
			overTime: [
				{ day: '2027-02-01', count: 2, total: 2 },
				{ day: '2027-02-02', count: 1, total: 3 },
				{ day: '2027-02-04', count: 2, total: 5 }
			]
		});
	});

	it('counts only the whole UTC days asked for', async () => {
		const range = { from: new Date('2027-02-02T00:00:00Z'), to: new Date('2027-02-05T00:00:00Z') };
		const figures = await dashboardFigures(db, eventId, range);
		expect(figures).toMatchObject({
			registrations: 3,
			countries: 2,
			expectedStudents: 55,
			registrantsWithClass: 0,
			studentsJoined: 0,
			byCountry: [
				{ country: 'MX', count: 2 },
				{ country: 'KE', count: 1 }
			],
			byRole: { teacher: 2, 'school-leader': 0, parent: 1, other: 0 },
			byBand: { '3-5': 1, '6-8': 1, '9-12': 1 },
			overTime: [
				{ day: '2027-02-02', count: 1, total: 1 },
				{ day: '2027-02-04', count: 2, total: 3 }
			]
		});
		// A range inside a day widens to the whole day.
		expect(
			(
				await dashboardFigures(db, eventId, {
					from: new Date('2027-02-04T12:30:00Z'),
					to: new Date('2027-02-04T12:40:00Z')
				})
			).registrations
		).toBe(2);
		expect(
			await dashboardFigures(db, eventId, {
				from: new Date('2027-02-01T00:00:00Z'),
				to: new Date('2027-02-02T00:00:00Z')
			})
		).toMatchObject({
			registrations: 2,
			registrantsWithClass: 1,
			studentsJoined: 1
		});
	});

	it('keeps its counters right through updates, moves, deletions and imports', async () => {
		// b@ moves from the US to Kenya with bands; e@ goes; a new registrant comes.
		await register('b@x.org', '2027-02-09T00:00:00Z', {
			country: 'KE',
			role: 'other',
			bands: ['9-12'],
			students: 10
		});
		await deleteRegistration(db, eventId, 'E@x.org');
		await register('f@x.org', '2027-02-06T08:00:00Z', {
			country: 'BR',
			bands: ['3-5'],
			students: 7
		});
		const kept = await dashboardFigures(db, eventId);
		expect(kept).toMatchObject({
			registrations: 5,
			countries: 4,
			expectedStudents: 50 + 10 + 30 + 0 + 7,
			byRole: { teacher: 3, 'school-leader': 0, parent: 1, other: 1 },
			byBand: { '3-5': 3, '6-8': 1, '9-12': 2 }
		});
		// b@ still counts on the day it first registered.
		expect(kept.overTime[0]).toEqual({ day: '2027-02-01', count: 2, total: 2 });
		// Counted again from scratch, the figures are the same.
		await rebuildEventCounts(db, eventId);
		expect(await dashboardFigures(db, eventId)).toEqual(kept);
	});
});
