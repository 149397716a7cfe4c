import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { users, type Class } from './db/schema';
import { createTestDb } from './testing/test-db';
import { addRoster, createClass, deleteClass, listStudents } from './classes';
import { assignModule, listAssignments, removeAssignment, studentAssignments } from './assignments';
import { recordEvents } from './progress';
import { findModule } from '../curriculum';
import { assignSchema } from '../validation/classes';
import { run } from './db/query';
import { sqlRows } from './testing/raw-sql';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let klass: Class;
beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	await run(
		db.insert(users).values({
			id: 't',
			email: 't@x.org',
			name: 'T',
			passwordHash: 'x',
			country: 'US',
			school: 'S'
		})
	);
	klass = await createClass(db, 't', { name: 'Room 12', band: '3-5' });
	await addRoster(db, klass, ['Ana']);
});
afterEach(() => cleanup());

const lessons = findModule('what-is-ai')!.lessons['3-5']!;
const context = (i: number) => `what-is-ai/3-5/${lessons[i]!.slug}`;
const stepEvents = (i: number, steps: string[]) =>
	steps.map((step) => ({
		id: `${context(i)}|step-completed|${step}`,
		context: context(i),
		step,
		at: '2026-11-25T10:00:00.000Z',
		event: { type: 'step-completed' as const, step }
	}));

describe('assignments', () => {
	it('only assign modules and bands that exist, once per class', async () => {
		expect(
			await assignModule(db, klass, { moduleSlug: 'nope', band: '3-5', dueAt: null })
		).toBeNull();
		expect(
			await assignModule(db, klass, { moduleSlug: 'what-is-ai', band: '9-12', dueAt: null })
		).toBeNull();
		const first = (await assignModule(db, klass, {
			moduleSlug: 'what-is-ai',
			band: '3-5',
			dueAt: null
		}))!;
		const again = (await assignModule(db, klass, {
			moduleSlug: 'what-is-ai',
			band: '3-5',
			dueAt: new Date('2026-12-01T23:59:59Z')
		}))!;
		expect(again.id).toBe(first.id);
		expect(await listAssignments(db, klass.id)).toHaveLength(1);
		expect((await listAssignments(db, klass.id))[0]!.dueAt?.toISOString()).toBe(
			'2026-12-01T23:59:59.000Z'
		);
	});

	it('keep their due date when assigned again without one, and drop it only when told to', async () => {
		const input = { moduleSlug: 'what-is-ai', band: '3-5' as const };
		await assignModule(db, klass, { ...input, dueAt: new Date('2026-12-01T23:59:59Z') });
		const dueOf = async () =>
			(await listAssignments(db, klass.id))[0]!.dueAt?.toISOString() ?? null;
		await assignModule(db, klass, { ...input, dueAt: null });
		expect(await dueOf()).toBe('2026-12-01T23:59:59.000Z');
		await assignModule(db, klass, { ...input, dueAt: new Date('2026-12-05T23:59:59Z') });
		expect(await dueOf()).toBe('2026-12-05T23:59:59.000Z');
		await assignModule(db, klass, { ...input, dueAt: null, clearDue: true });
		expect(await dueOf()).toBeNull();
		expect(await listAssignments(db, klass.id)).toHaveLength(1);
	});

	it('go from not started to in progress to done, or overdue, from the events stored (each once)', async () => {
		const due = new Date('2026-12-01T23:59:59.999Z');
		await assignModule(db, klass, { moduleSlug: 'what-is-ai', band: '3-5', dueAt: due });
		const ana = (await listStudents(db, klass.id))[0]!;
		const before = new Date('2026-11-30T00:00:00Z');
		expect((await studentAssignments(db, ana.id, klass.id, before))[0]!.state).toBe('not-started');

		const firstSteps = lessons[0]!.steps.map((s) => s.id);
		expect(
			await recordEvents(db, ana.id, { events: stepEvents(0, firstSteps.slice(0, 3)) })
		).toEqual({
			ok: true,
			stored: 3
		});
		expect(
			await recordEvents(db, ana.id, { events: stepEvents(0, firstSteps.slice(0, 3)) })
		).toEqual({
			ok: true,
			stored: 0
		});
		const progress = (await studentAssignments(db, ana.id, klass.id, before))[0]!;
		expect(progress.state).toBe('in-progress');
		expect(progress.lessons[0]).toMatchObject({
			completed: 3,
			steps: firstSteps.length,
			started: true
		});
		expect(
			(await studentAssignments(db, ana.id, klass.id, new Date('2026-12-02T00:00:00Z')))[0]!.state
		).toBe('overdue');

		await recordEvents(db, ana.id, { events: stepEvents(0, firstSteps) });
		await recordEvents(db, ana.id, {
			events: stepEvents(
				1,
				lessons[1]!.steps.map((s) => s.id)
			)
		});
		expect(
			(await studentAssignments(db, ana.id, klass.id, new Date('2026-12-02T00:00:00Z')))[0]!.state
		).toBe('done');
	});

	it('are removed by their class teacher and deleted with the class, with all progress', async () => {
		const assignment = (await assignModule(db, klass, {
			moduleSlug: 'what-is-ai',
			band: '3-5',
			dueAt: null
		}))!;
		const other = await createClass(db, 't', { name: 'Other', band: '3-5' });
		expect(await removeAssignment(db, other, assignment.id)).toBe(false);
		const ana = (await listStudents(db, klass.id))[0]!;
		await recordEvents(db, ana.id, { events: stepEvents(0, ['x']) });
		await deleteClass(db, klass);
		expect(await listAssignments(db, klass.id)).toEqual([]);
		expect(await sqlRows(db, 'select count(*) as n from progress_events')).toEqual([{ n: 0 }]);
	});

	it('read the assign form strictly', () => {
		expect(assignSchema.parse({ module: 'what-is-ai|3-5', due: '' })).toEqual({
			module: { moduleSlug: 'what-is-ai', band: '3-5' },
			due: null,
			clearDue: false
		});
		expect(
			assignSchema.parse({ module: 'what-is-ai|3-5', due: '', clearDue: 'yes' }).clearDue
		).toBe(true);
		expect(
			assignSchema.parse({ module: 'what-is-ai|6-8', due: '2026-12-01' }).due?.toISOString()
		).toBe('2026-12-01T23:59:59.999Z');
		for (const bad of [
			{ module: 'what-is-ai', due: '' },
			{ module: 'what-is-ai|3-5', due: '12/01/2026' },
			{ module: 'x|3-5', due: '2026-13-45' }
		]) {
			expect(assignSchema.safeParse(bad).success).toBe(false);
		}
	});
});
