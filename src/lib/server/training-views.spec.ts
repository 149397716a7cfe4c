import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findModule } from '../curriculum';
import { sessionFormSchema } from '../training/session-form';
import { assignModule } from './assignments';
import { addRoster, createClass, listStudents } from './classes';
import type { AppDatabase } from './db/client';
import { assignments, classes, stepCompletions, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { cancelSession, createSession, registerForSession } from './training';
import { markAttendance } from './training-attendance';
import { rosterRows, sessionRoster, trainingFunnel, trainingTotals } from './training-views';
import { run } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await createTestDb()));
afterEach(() => cleanup());

const session = async (starts: string, ends: string, capacity = '10') =>
	createSession(
		db,
		sessionFormSchema.parse({
			title: 'What is AI?',
			description: '',
			facilitator: 'Dr. Rivera',
			timeZone: 'UTC',
			starts,
			ends,
			capacity,
			onlineUrl: 'https://meet.example.org/x',
			place: '',
			language: 'en',
			band: '',
			claimMinutes: ''
		})
	);
async function teacher(id: string) {
	await run(
		db.insert(users).values({
			id,
			email: `${id}@school.org`,
			name: id,
			passwordHash: 'x',
			country: 'US',
			school: 'S'
		})
	);
	return id;
}
const trainedAt = new Date('2027-02-01T10:00:00Z');
async function attend(sessionId: string, userId: string) {
	await registerForSession(db, sessionId, userId, 'en', new Date('2027-01-01T00:00:00Z'));
	const seat = (await sessionRoster(db, sessionId)).find(
		(row) => row.email === `${userId}@school.org`
	)!;
	await markAttendance(db, sessionId, seat.seatId, true, trainedAt);
}
/** A class made and a module assigned at `at`; `completeAll` students finish every step of it. */
async function classWork(userId: string, at: Date, completeAll: number, partial = 0) {
	const owned = await createClass(db, userId, { name: 'Class', band: '3-5' });
	await run(db.update(classes).set({ createdAt: at }).where(eq(classes.id, owned.id)));
	await addRoster(db, owned, ['Ana', 'Ben', 'Cy']);
	const assignment = (await assignModule(db, owned, {
		moduleSlug: 'what-is-ai',
		band: '3-5',
		dueAt: null
	}))!;
	await run(db.update(assignments).set({ createdAt: at }).where(eq(assignments.id, assignment.id)));
	const lessons = findModule('what-is-ai')!.lessons['3-5']!;
	const roster = await listStudents(db, owned.id);
	for (const [index, student] of roster.slice(0, completeAll + partial).entries()) {
		for (const lesson of lessons) {
			const steps = index < completeAll ? lesson.steps : lesson.steps.slice(0, -1);
			for (const step of steps) {
				await run(
					db.insert(stepCompletions).values({
						studentId: student.id,
						context: `what-is-ai/3-5/${lesson.slug}`,
						step: step.id,
						completedAt: at
					})
				);
			}
		}
	}
}

describe('the funnel from training to the classroom', () => {
	it('counts what trained teachers did after their training, against a hand-made fixture', async () => {
		const held = await session('2027-02-01T09:00', '2027-02-01T10:30');
		const after = new Date('2027-02-10T00:00:00Z');
		const before = new Date('2027-01-10T00:00:00Z');
		// A: trained, then a class, an assignment and a student who completed every step.
		await attend(held.id, await teacher('a'));
		await classWork('a', after, 1);
		// B: trained, then a class and an assignment, students who did all but one step each.
		await attend(held.id, await teacher('b'));
		await classWork('b', after, 0, 3);
		// C: trained, but the class and assignment came before: not "then".
		await attend(held.id, await teacher('c'));
		await classWork('c', before, 3);
		// D: registered and never attended; E: never registered. Neither counts.
		await registerForSession(db, held.id, await teacher('d'), 'en', before);
		await classWork('d', after, 3);
		await classWork(await teacher('e'), after, 3);
		expect(await trainingFunnel(db)).toEqual({
			trained: 3,
			createdClass: 2,
			assignedModule: 2,
			studentsCompleted: 1
		});
		expect(await trainingTotals(db)).toEqual({
			sessions: 1,
			registered: 4,
			waitlisted: 0,
			attended: 3,
			teachersTrained: 3,
			hours: 4.5
		});
	});

	it('leaves cancelled sessions out of the totals and the funnel', async () => {
		const held = await session('2027-02-01T09:00', '2027-02-01T10:30');
		await attend(held.id, await teacher('a'));
		await cancelSession(db, held.id);
		expect(await trainingTotals(db)).toMatchObject({
			sessions: 0,
			attended: 0,
			teachersTrained: 0
		});
		expect((await trainingFunnel(db)).trained).toBe(0);
	});
});

describe('the roster export', () => {
	it('lists everyone in order of arrival with waitlist positions and attendance', async () => {
		const s = await session('2027-02-01T09:00', '2027-02-01T10:30', '1');
		for (const id of ['a', 'b', 'c']) {
			await registerForSession(db, s.id, await teacher(id), 'en', new Date('2027-01-01T00:00:00Z'));
		}
		await markAttendance(db, s.id, (await sessionRoster(db, s.id))[0]!.seatId, true, trainedAt);
		const rows = await rosterRows(db, s.id);
		expect(rows[0]).toEqual([
			'name',
			'email',
			'school',
			'country',
			'status',
			'waitlist_position',
			'registered_at',
			'attended_at',
			'attendance_by'
		]);
		expect(rows.slice(1).map((row) => [row[1], row[4], row[5], row[8]])).toEqual([
			['a@school.org', 'registered', '', 'organizer'],
			['b@school.org', 'waitlisted', '1', ''],
			['c@school.org', 'waitlisted', '2', '']
		]);
	});
});
