import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { users, type Class } from './db/schema';
import { createTestDb } from './testing/test-db';
import { addRoster, createClass, listStudents } from './classes';
import {
	PROGRESS_BUDGET,
	isKnownPlace,
	recordEvents,
	savedLesson,
	type ProgressBudget
} from './progress';
import { findModule } from '../curriculum';
import { progressBatchSchema } from '../validation/progress';
import { parseJson } from '../validation/json';
import { run } from './db/query';
import { sqlRows } from './testing/raw-sql';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let klass: Class;
let ana: string;

const lesson = findModule('what-is-ai')!.lessons['3-5']![0]!;
const context = `what-is-ai/3-5/${lesson.slug}`;
const reflect = lesson.steps.find((step) => step.kind === 'reflect')!;

const rows = async () => (await sqlRows(db, 'select count(*) as n from progress_events'))[0]!.n;

function batch(ids: string[], text = 'hello', ctx = context) {
	return progressBatchSchema.parse({
		events: ids.map((id) => ({
			id,
			context: ctx,
			step: reflect.id,
			at: '2026-11-25T10:00:00.000Z',
			event: { type: 'artifact', kind: 'reflection', title: 'r', data: { text } }
		}))
	});
}

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
});
afterEach(() => cleanup());

describe('what a tablet may send', () => {
	it('refuses artifacts whose data does not match their kind, and kinds nobody saves', () => {
		const event = (kind: string, data: unknown) => ({
			events: [
				{
					id: 'x',
					context,
					at: '2026-11-25T10:00:00.000Z',
					event: { type: 'artifact', kind, title: 't', data }
				}
			]
		});
		const deep = JSON.parse('['.repeat(3500) + ']'.repeat(3500));
		for (const [kind, data] of [
			['reflection', { text: deep }],
			['reflection', { text: 'x'.repeat(2001) }],
			['reflection', {}],
			['ai-or-not-sort', { placements: [{ itemId: 'nonsense', bin: 'ai', correct: true }] }],
			['doodle-experiment', { runs: [] }],
			['ai-drawing', { model: 'cow' }],
			['made-up', { text: 'hi' }]
		] as const)
			expect(progressBatchSchema.safeParse(event(kind, data)).success, kind).toBe(false);
		expect(progressBatchSchema.safeParse(event('reflection', { text: 'fine' })).success).toBe(true);
		const titled = event('reflection', { text: 'fine' });
		(titled.events[0]!.event as { title: string }).title = 'evil\u202Etxt.exe';
		expect(progressBatchSchema.safeParse(titled).success).toBe(false);
	});

	it('takes a score on the lab’s whole real test (1,438 drawings), never more right than asked or past 10,000', () => {
		const score = (correct: number, total: number) =>
			progressBatchSchema.safeParse({
				events: [
					{
						id: 's',
						context,
						at: '2026-11-25T10:00:00.000Z',
						event: { type: 'score', correct, total }
					}
				]
			}).success;
		expect(score(1150, 1438)).toBe(true);
		expect(score(10_001, 10_001)).toBe(false);
		expect(score(5, 3)).toBe(false);
		expect(score(-1, 3)).toBe(false);
	});

	it('reads no JSON that nests deeper than any payload of ours', () => {
		expect(parseJson('['.repeat(3500) + ']'.repeat(3500))).toEqual({
			ok: false,
			error: 'too_deep'
		});
		expect(parseJson('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')).toMatchObject({ ok: true });
		expect(parseJson('{"a":')).toEqual({ ok: false, error: 'not_json' });
	});

	it('belongs to a real lesson step or a shared activity', () => {
		expect(isKnownPlace(context, reflect.id)).toBe(true);
		expect(isKnownPlace(context, undefined)).toBe(true);
		expect(isKnownPlace(context, 'no-such-step')).toBe(false);
		expect(isKnownPlace('what-is-ai/3-5/no-such-lesson', undefined)).toBe(false);
		expect(isKnownPlace(`${context}/extra`, undefined)).toBe(false);
		expect(isKnownPlace('activity:doodle-lab', undefined)).toBe(true);
		expect(isKnownPlace('activity:junk-1', undefined)).toBe(false);
	});
});

describe("a student's budget", () => {
	const tight: ProgressBudget = {
		events: { max: 10, windowMs: 60_000 },
		artifactsPerContext: 4,
		bytesPerStudent: 2000
	};
	const now = new Date('2026-11-25T10:00:00Z');

	it('limits events per minute: the batch is refused whole, and taken again once the minute is over', async () => {
		expect(await recordEvents(db, ana, batch(['a', 'b', 'c']), tight, now)).toEqual({
			ok: true,
			stored: 3
		});
		const refused = await recordEvents(
			db,
			ana,
			batch(['d', 'e', 'f', 'g', 'h', 'i', 'j', 'k']),
			tight,
			now
		);
		expect(refused).toMatchObject({ ok: false, reason: 'rate_limited' });
		expect(await rows()).toBe(3);
		const later = new Date(now.getTime() + 61_000);
		expect(await recordEvents(db, ana, batch(['d']), tight, later)).toEqual({
			ok: true,
			stored: 1
		});
	});

	it('limits artifact versions per lesson, naming the ones that do not fit; nothing of the batch is stored', async () => {
		expect(await recordEvents(db, ana, batch(['a', 'b', 'c']), tight, now)).toMatchObject({
			ok: true
		});
		expect(await recordEvents(db, ana, batch(['d', 'e', 'f']), tight, now)).toEqual({
			ok: false,
			reason: 'artifact_budget',
			refused: ['e', 'f']
		});
		expect(await rows()).toBe(3);
		// Retries of stored events cost nothing.
		expect(await recordEvents(db, ana, batch(['a', 'b', 'c', 'd']), tight, now)).toEqual({
			ok: true,
			stored: 1
		});
	});

	it('limits the bytes a student stores', async () => {
		const big = 'x'.repeat(900);
		expect(await recordEvents(db, ana, batch(['a'], big), tight, now)).toMatchObject({ ok: true });
		expect(await recordEvents(db, ana, batch(['b', 'c'], big), tight, now)).toEqual({
			ok: false,
			reason: 'storage_budget',
			refused: ['c']
		});
		expect(await rows()).toBe(1);
	});

	it("by default: 600 events a minute, 100 versions per lesson, 2 MB per student (the README's figures)", async () => {
		expect(PROGRESS_BUDGET).toEqual({
			events: { max: 600, windowMs: 60_000 },
			artifactsPerContext: 100,
			bytesPerStudent: 2 * 1024 * 1024
		});
		// 100 versions of one lesson's work fit; the 101st is refused by name, and nothing of its
		// batch is stored.
		expect(
			await recordEvents(
				db,
				ana,
				batch(Array.from({ length: 100 }, (_, i) => `v${i}`)),
				PROGRESS_BUDGET,
				now
			)
		).toEqual({ ok: true, stored: 100 });
		const later = new Date(now.getTime() + 61_000);
		expect(await recordEvents(db, ana, batch(['v100']), PROGRESS_BUDGET, later)).toEqual({
			ok: false,
			reason: 'artifact_budget',
			refused: ['v100']
		});
		expect(await rows()).toBe(100);
	});

	it('by default takes 600 events in a minute and refuses the 601st until the minute is over', async () => {
		const steps = (prefix: string, n: number) =>
			progressBatchSchema.parse({
				events: Array.from({ length: n }, (_, i) => ({
					id: `${prefix}${i}`,
					context,
					step: reflect.id,
					at: '2026-11-25T10:00:00.000Z',
					event: { type: 'step-completed', step: reflect.id }
				}))
			});
		for (let b = 0; b < 6; b++)
			expect(await recordEvents(db, ana, steps(`b${b}-`, 100), PROGRESS_BUDGET, now)).toEqual({
				ok: true,
				stored: 100
			});
		expect(await recordEvents(db, ana, steps('extra-', 1), PROGRESS_BUDGET, now)).toMatchObject({
			ok: false,
			reason: 'rate_limited'
		});
		expect(await rows()).toBe(600);
		const later = new Date(now.getTime() + 61_000);
		expect(await recordEvents(db, ana, steps('extra-', 1), PROGRESS_BUDGET, later)).toEqual({
			ok: true,
			stored: 1
		});
	});

	it('by default holds a school year of honest work and stops a flood of large artifacts', async () => {
		const honest = Array.from({ length: 40 }, (_, i) => `r${i}`);
		expect(await recordEvents(db, ana, batch(honest), PROGRESS_BUDGET, now)).toMatchObject({
			ok: true,
			stored: 40
		});
		// 60 KB artifacts, as in the attack: 2 MB stops them after about 34.
		const flood = 'x'.repeat(2000);
		let stored = 0;
		for (let i = 0; i < 60; i++) {
			const result = await recordEvents(
				db,
				ana,
				progressBatchSchema.parse({
					events: Array.from({ length: 30 }, (_, j) => ({
						id: `f${i}-${j}`,
						context,
						step: reflect.id,
						at: '2026-11-25T10:00:00.000Z',
						event: { type: 'artifact', kind: 'reflection', title: 'r', data: { text: flood } }
					}))
				}),
				PROGRESS_BUDGET,
				new Date(now.getTime() + i * 61_000)
			);
			if (result.ok) stored += result.stored;
		}
		expect(stored).toBeLessThanOrEqual(PROGRESS_BUDGET.artifactsPerContext);
		const [bytes] = await sqlRows(db, 'select stored_bytes as n from students');
		expect(bytes!.n).toBeLessThanOrEqual(PROGRESS_BUDGET.bytesPerStudent);
	});
});

describe('a lesson read back for resuming', () => {
	it('holds the steps done, first answers, latest reflections and the step opened last', async () => {
		const [first, second, third] = lesson.steps;
		const quiz = lesson.steps.find((step) => step.kind === 'quiz')!;
		const question = quiz.kind === 'quiz' ? quiz.questions[0]! : null;
		const at = (minute: number) => `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000Z`;
		const events = [
			{ id: 'o1', step: first!.id, at: at(0), event: { type: 'started' } },
			{ id: 'c1', step: first!.id, at: at(1), event: { type: 'step-completed', step: first!.id } },
			{
				id: 'c2',
				step: second!.id,
				at: at(2),
				event: { type: 'step-completed', step: second!.id }
			},
			{
				id: 'a1',
				step: quiz.id,
				at: at(3),
				event: { type: 'answer', question: question!.id, choice: 'first', correct: false }
			},
			{
				id: 'a2',
				step: quiz.id,
				at: at(4),
				event: { type: 'answer', question: question!.id, choice: 'second', correct: true }
			},
			{
				id: 'r1',
				step: reflect.id,
				at: at(5),
				event: { type: 'artifact', kind: 'reflection', title: 'r', data: { text: 'old' } }
			},
			{
				id: 'r2',
				step: reflect.id,
				at: at(6),
				event: { type: 'artifact', kind: 'reflection', title: 'r', data: { text: 'new' } }
			},
			{ id: 'o3', step: third!.id, at: at(7), event: { type: 'started' } }
		].map((item) => ({ ...item, context }));
		expect(await recordEvents(db, ana, progressBatchSchema.parse({ events }))).toMatchObject({
			ok: true
		});

		expect(await savedLesson(db, ana, context)).toEqual({
			completed: [first!.id, second!.id],
			answers: { [question!.id]: 'first' },
			reflections: { [reflect.id]: 'new' },
			lastStep: third!.id
		});
		expect(await savedLesson(db, ana, 'what-is-ai/3-5/another')).toEqual({
			completed: [],
			answers: {},
			reflections: {},
			lastStep: null
		});
	});

	it('resumes at the step opened, though the step left was marked done in the same millisecond', async () => {
		const [first, second] = lesson.steps;
		const at = '2026-11-25T10:00:00.000Z';
		const left = {
			id: 'c1',
			step: first!.id,
			at,
			event: { type: 'step-completed', step: first!.id }
		};
		const opened = { id: 'o2', step: second!.id, at, event: { type: 'started' } };
		// Whichever of the two the database hands back first (nothing orders a tie but the key).
		for (const [lessonId, events] of [
			['in-order', [left, opened]],
			['reversed', [opened, left]]
		] as const) {
			const context = `what-is-ai/3-5/${lessonId}`;
			const batch = {
				events: events.map((event) => ({ ...event, id: `${lessonId}-${event.id}`, context }))
			};
			expect(await recordEvents(db, ana, progressBatchSchema.parse(batch))).toMatchObject({
				ok: true
			});
			expect((await savedLesson(db, ana, context)).lastStep).toBe(second!.id);
		}
	});
});

describe('the steps a student has visited (the grid’s “seen”)', () => {
	it('are kept with the events, once per step, from the earliest event even when it arrives late', async () => {
		const [first, second] = lesson.steps;
		const send = (id: string, step: string, at: string) =>
			recordEvents(
				db,
				ana,
				progressBatchSchema.parse({
					events: [{ id, context, step, at, event: { type: 'started' } }]
				})
			);
		await send('a', first!.id, '2026-11-25T10:05:00.000Z');
		await send('b', first!.id, '2026-11-25T10:06:00.000Z');
		await send('c', second!.id, '2026-11-25T10:07:00.000Z');
		// From an offline queue: opened before anything the server had.
		await send('d', first!.id, '2026-11-25T09:50:00.000Z');
		// The same event again changes nothing.
		await send('d', first!.id, '2026-11-25T09:40:00.000Z');
		expect(await sqlRows(db, 'select step, first_at from step_visits order by first_at')).toEqual([
			{ step: first!.id, first_at: Date.parse('2026-11-25T09:50:00.000Z') },
			{ step: second!.id, first_at: Date.parse('2026-11-25T10:07:00.000Z') }
		]);
	});
});
