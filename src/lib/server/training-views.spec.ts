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

let db: AppDatabase;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

const session = (starts: string, ends: string, capacity = '10') =>
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
function teacher(id: string) {
	db.insert(users)
		.values({
			id,
			email: `${id}@school.org`,
			name: id,
			passwordHash: 'x',
			country: 'US',
			school: 'S'
		})
		.run();
	return id;
}
const trainedAt = new Date('2027-02-01T10:00:00Z');
function attend(sessionId: string, userId: string) {
	registerForSession(db, sessionId, userId, 'en', new Date('2027-01-01T00:00:00Z'));
	const seat = sessionRoster(db, sessionId).find((row) => row.email === `${userId}@school.org`)!;
	markAttendance(db, sessionId, seat.seatId, true, trainedAt);
}
/** A class made and a module assigned at `at`; `completeAll` students finish every step of it. */
function classWork(userId: string, at: Date, completeAll: number, partial = 0) {
	const owned = createClass(db, userId, { name: 'Class', band: '3-5' });
	db.update(classes).set({ createdAt: at }).where(eq(classes.id, owned.id)).run();
	addRoster(db, owned, ['Ana', 'Ben', 'Cy']);
	const assignment = assignModule(db, owned, {
		moduleSlug: 'what-is-ai',
		band: '3-5',
		dueAt: null
	})!;
	db.update(assignments).set({ createdAt: at }).where(eq(assignments.id, assignment.id)).run();
	const lessons = findModule('what-is-ai')!.lessons['3-5']!;
	const roster = listStudents(db, owned.id);
	roster.slice(0, completeAll + partial).forEach((student, index) => {
		for (const lesson of lessons) {
			const steps = index < completeAll ? lesson.steps : lesson.steps.slice(0, -1);
			for (const step of steps) {
				db.insert(stepCompletions)
					.values({
						studentId: student.id,
						context: `what-is-ai/3-5/${lesson.slug}`,
						step: step.id,
						completedAt: at
					})
					.run();
			}
		}
	});
}

describe('the funnel from training to the classroom', () => {
	it('counts what trained teachers did after their training, against a hand-made fixture', () => {
		const held = session('2027-02-01T09:00', '2027-02-01T10:30');
		const after = new Date('2027-02-10T00:00:00Z');
		const before = new Date('2027-01-10T00:00:00Z');
		// A: trained, then a class, an assignment and a student who completed every step.
		attend(held.id, teacher('a'));
		classWork('a', after, 1);
		// B: trained, then a class and an assignment, students who did all but one step each.
		attend(held.id, teacher('b'));
		classWork('b', after, 0, 3);
		// C: trained, but the class and assignment came before: not "then".
		attend(held.id, teacher('c'));
		classWork('c', before, 3);
		// D: registered and never attended; E: never registered. Neither counts.
		registerForSession(db, held.id, teacher('d'), 'en', before);
		classWork('d', after, 3);
		classWork(teacher('e'), after, 3);
		expect(trainingFunnel(db)).toEqual({
			trained: 3,
			createdClass: 2,
			assignedModule: 2,
			studentsCompleted: 1
		});
		expect(trainingTotals(db)).toEqual({
			sessions: 1,
			registered: 4,
			waitlisted: 0,
			attended: 3,
			teachersTrained: 3,
			hours: 4.5
		});
	});

	it('leaves cancelled sessions out of the totals and the funnel', () => {
		const held = session('2027-02-01T09:00', '2027-02-01T10:30');
		attend(held.id, teacher('a'));
		cancelSession(db, held.id);
		expect(trainingTotals(db)).toMatchObject({ sessions: 0, attended: 0, teachersTrained: 0 });
		expect(trainingFunnel(db).trained).toBe(0);
	});
});

describe('the roster export', () => {
	it('lists everyone in order of arrival with waitlist positions and attendance', () => {
		const s = session('2027-02-01T09:00', '2027-02-01T10:30', '1');
		for (const id of ['a', 'b', 'c']) {
			registerForSession(db, s.id, teacher(id), 'en', new Date('2027-01-01T00:00:00Z'));
		}
		markAttendance(db, s.id, sessionRoster(db, s.id)[0]!.seatId, true, trainedAt);
		const rows = rosterRows(db, s.id);
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
