import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../activities/contract';
import { progressBatchSchema } from '../validation/progress';
import type { AppDatabase } from './db/client';
import { users, type Assignment, type Class } from './db/schema';
import { createTestDb } from './testing/test-db';
import { addRoster, createClass, listStudents } from './classes';
import { assignModule } from './assignments';
import { recordEvents } from './progress';
import { assignmentSummaries } from './artifact-summaries';
import { run } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let classId: string;
let otherClass: Class;
let students: string[];
let outsider: string;
let assignment: Assignment;
const LESSON = 'deepfakes/3-5/how-machines-make-pictures';
let clock = Date.parse('2026-12-02T10:00:00Z');

const round = (phase: 'before' | 'after', hits: number, falseAlarms: number) =>
	({
		type: 'artifact',
		kind: 'gan-real-or-fake',
		title: '',
		data: {
			phase,
			forger: 'shipped',
			data: 'faces',
			hits,
			misses: 5 - hits,
			falseAlarms,
			correctRejections: 5 - falseAlarms
		}
	}) as const;

async function send(
	student: string,
	id: string,
	event: ActivityEvent,
	context = LESSON,
	step?: string
) {
	clock += 1000;
	return recordEvents(
		db,
		student,
		progressBatchSchema.parse({
			events: [{ id, context, step, at: new Date(clock).toISOString(), event }]
		})
	);
}

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	for (const id of ['ta', 'tb'])
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
	const klass = await createClass(db, 'ta', { name: 'A', band: '3-5' });
	const other = await createClass(db, 'tb', { name: 'B', band: '3-5' });
	[classId, otherClass] = [klass.id, other];
	await addRoster(db, klass, ['Ana', 'Ben', 'Cy']);
	await addRoster(db, other, ['Bea']);
	students = (await listStudents(db, classId)).map((s) => s.id);
	outsider = (await listStudents(db, otherClass.id))[0]!.id;
	assignment = (await assignModule(db, klass, {
		moduleSlug: 'deepfakes',
		band: '3-5',
		dueAt: null
	}))!;
});
afterEach(() => cleanup());

describe('an assignment’s class summaries', () => {
	it('put the class’s game before and after side by side, the latest round of each student per step', async () => {
		expect(await assignmentSummaries(db, classId, assignment, 'en')).toEqual([]);
		const [ana, ben, cy] = students as [string, string, string];
		await send(ana, 'a1', round('before', 1, 4), LESSON, 'game-before');
		// Ana plays the "before" round again: only her latest counts.
		await send(ana, 'a2', round('before', 2, 2), LESSON, 'game-before');
		await send(ben, 'b1', round('before', 4, 0), LESSON, 'game-before');
		await send(ana, 'a3', round('after', 5, 1), LESSON, 'game-after');
		// A practice round on a shared link, and a round in another class, are not this assignment's.
		await send(cy, 'c1', round('after', 0, 5), 'activity:gan');
		await send(outsider, 'o1', round('before', 0, 5), LESSON, 'game-before');

		const [summary] = await assignmentSummaries(db, classId, assignment, 'en');
		expect(summary).toEqual({
			title: 'Real or fake? The class before and after',
			columns: ['Students', 'Fakes caught', 'Real pictures called fake'],
			rows: [
				{ label: 'Before the lesson', cells: ['2', '60%', '20%'] },
				{ label: 'After the lesson', cells: ['1', '100%', '20%'] }
			]
		});
		expect((await assignmentSummaries(db, classId, assignment, 'es'))[0]!.rows[0]!.label).toBe(
			'Antes de la lección'
		);
		// The other class's teacher sees only their own student's round.
		const otherAssignment = (await assignModule(db, otherClass, {
			moduleSlug: 'deepfakes',
			band: '3-5',
			dueAt: null
		}))!;
		expect(
			(await assignmentSummaries(db, otherClass.id, otherAssignment, 'en'))[0]!.rows[0]!.cells
		).toEqual(['1', '0%', '100%']);
	});

	it('refuses a round that does not add up at the door, and stores nothing of it', async () => {
		const bad = { ...round('before', 5, 5), data: { ...round('before', 5, 5).data, misses: 3 } };
		expect(() =>
			progressBatchSchema.parse({
				events: [{ id: 'x', context: LESSON, at: new Date(clock).toISOString(), event: bad }]
			})
		).toThrow();
		expect(await assignmentSummaries(db, classId, assignment, 'en')).toEqual([]);
	});
});
