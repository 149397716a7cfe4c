import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { users, type Class } from './db/schema';
import { createTestDb } from './testing/test-db';
import { addRoster, createClass, listStudents } from './classes';
import { assignModule } from './assignments';
import { recordEvents } from './progress';
import { applyIdRenames } from './id-renames';
import { findModule } from '../curriculum';
import { progressBatchSchema } from '../validation/progress';
import { run } from './db/query';
import { sqlRows } from './testing/raw-sql';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let klass: Class;
let ana: string;

const lesson = findModule('what-is-ai')!.lessons['3-5']![0]!;
const context = `what-is-ai/3-5/${lesson.slug}`;
const slide = lesson.steps.find((step) => step.kind === 'slide')!;
const quiz = lesson.steps.find((step) => step.kind === 'quiz')!;
if (quiz.kind !== 'quiz') throw new Error('the lesson has a quiz');
const question = quiz.questions[0]!;

const at = '2026-11-25T10:00:00.000Z';
async function record(events: { id: string; step: string; event: unknown }[]) {
	const batch = progressBatchSchema.parse({
		events: events.map((event) => ({ ...event, context, at }))
	});
	await recordEvents(db, ana, batch);
}

const all = (sql: string) => sqlRows(db, sql);

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	await run(
		db.insert(users).values({
			id: 't',
			email: 't@x.org',
			name: 't',
			passwordHash: 'x',
			country: 'US',
			school: 'S'
		})
	);
	klass = await createClass(db, 't', { name: 'A', band: '3-5' });
	await addRoster(db, klass, ['Ana']);
	ana = (await listStudents(db, klass.id))[0]!.id;
	await assignModule(db, klass, { moduleSlug: 'what-is-ai', band: '3-5', dueAt: null });
	await record([
		{
			id: `${context}|step-completed|${slide.id}`,
			step: slide.id,
			event: { type: 'step-completed', step: slide.id }
		},
		{
			id: `${context}|answer|${question.id}`,
			step: quiz.id,
			event: { type: 'answer', question: question.id, choice: question.answer, correct: true }
		}
	]);
});
afterEach(() => cleanup());

describe('stored progress after an id is renamed', () => {
	it('follows a renamed step and question into the rows of a real database', async () => {
		const moved = await applyIdRenames(db, [
			{ from: `${context}/${slide.id}`, to: `${context}/welcome` },
			{ from: `${context}/${quiz.id}/${question.id}`, to: `${context}/${quiz.id}/first-question` }
		]);
		expect(moved).toBeGreaterThanOrEqual(4);
		expect(await all('select context, step from step_completions')).toEqual([
			{ context, step: 'welcome' }
		]);
		expect(await all('select context, step from step_visits order by step')).toEqual([
			{ context, step: quiz.id },
			{ context, step: 'welcome' }
		]);
		const events = (await all('select step, payload from progress_events order by step')).map(
			(row) => ({
				step: row.step,
				payload: JSON.parse(row.payload as string)
			})
		);
		expect(events).toEqual([
			{
				step: quiz.id,
				payload: {
					type: 'answer',
					question: 'first-question',
					choice: question.answer,
					correct: true
				}
			},
			{ step: 'welcome', payload: { type: 'step-completed', step: 'welcome' } }
		]);
		// Running again, as every server start does, changes nothing.
		expect(
			await applyIdRenames(db, [{ from: `${context}/${slide.id}`, to: `${context}/welcome` }])
		).toBe(0);
	});

	it('moves a renamed lesson and module: contexts, keys, summaries and assignments', async () => {
		await applyIdRenames(db, [
			{ from: context, to: 'what-is-ai/3-5/find-the-ai' },
			{ from: 'what-is-ai', to: 'ai-basics' }
		]);
		const next = 'ai-basics/3-5/find-the-ai';
		expect(await all('select distinct context from progress_events')).toEqual([{ context: next }]);
		expect(await all('select key from progress_events order by key')).toEqual([
			{ key: `${next}|answer|${question.id}` },
			{ key: `${next}|step-completed|${slide.id}` }
		]);
		expect(await all('select context from lesson_progress')).toEqual([{ context: next }]);
		expect(await all('select context, step from step_completions')).toEqual([
			{ context: next, step: slide.id }
		]);
		expect(await all('select context, step from step_visits order by step')).toEqual(
			[quiz.id, slide.id].sort().map((step) => ({ context: next, step }))
		);
		expect(await all('select module_slug, band from assignments')).toEqual([
			{ module_slug: 'ai-basics', band: '3-5' }
		]);
	});

	it('moves a question to another step: that step is visited, and the one it left no longer', async () => {
		await applyIdRenames(db, [
			{ from: `${context}/${quiz.id}/${question.id}`, to: `${context}/warm-up/${question.id}` }
		]);
		expect(await all('select step, first_at from step_visits order by step')).toEqual(
			[slide.id, 'warm-up'].sort().map((step) => ({ step, first_at: Date.parse(at) }))
		);
	});

	it('keeps the row already at the new place when both exist, and leaves removed ids alone', async () => {
		await sqlRows(
			db,
			"insert into step_completions (student_id, context, step, completed_at) values (?, ?, 'welcome', ?)",
			ana,
			context,
			new Date(0)
		);
		await applyIdRenames(db, [
			{ from: `${context}/${slide.id}`, to: `${context}/welcome` },
			{ from: `${context}/${quiz.id}`, to: null }
		]);
		expect(await all('select step, completed_at from step_completions')).toEqual([
			{ step: 'welcome', completed_at: 0 }
		]);
		expect(
			await all(`select count(*) as n from progress_events where step = '${quiz.id}'`)
		).toEqual([{ n: 1 }]);
	});
});
