import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../curriculum/types';
import type { AppDatabase } from './db/client';
import { users, type Assignment, type Class } from './db/schema';
import { createTestDb } from './testing/test-db';
import { addRoster, createClass, listStudents } from './classes';
import { assignModule } from './assignments';
import {
	artifactPage,
	latestArtifacts,
	removeArtifact,
	removeStudent,
	setArtifactHidden,
	studentWork
} from './class-work';
import { markHelped, setHandRaised } from './help';
import { progressGrid } from './class-progress';
import { progressExportRows } from './progress-export';
import { recordEvents } from './progress';
import { progressBatchSchema } from '../validation/progress';
import { artifactView } from '../activities/artifact-view';
import { findModule } from '../curriculum';
import type { ActivityEvent } from '../activities/contract';
import { run } from './db/query';
import { sqlRows } from './testing/raw-sql';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let classA: Class;
let classB: Class;
let ana: string;
let ben: string;
let bea: string;
let assignment: Assignment;

const lesson = findModule('what-is-ai')!.lessons['3-5']![0]!;
const context = `what-is-ai/3-5/${lesson.slug}`;
const quiz = lesson.steps.find((step) => step.kind === 'quiz')!;
const reflect = lesson.steps.find((step) => step.kind === 'reflect')!;
const activity = lesson.steps.find((step) => step.kind === 'activity')!;
if (quiz.kind !== 'quiz') throw new Error('the first 3-5 lesson has a quiz');

let clock = Date.parse('2026-11-25T10:00:00Z');
async function send(studentId: string, id: string, event: ActivityEvent, step?: string) {
	clock += 1000;
	// Through the same schema as the endpoint, as a tablet's events would be.
	return recordEvents(
		db,
		studentId,
		progressBatchSchema.parse({
			events: [{ id, context, step, at: new Date(clock).toISOString(), event }]
		})
	);
}
const reflection = (text: string) =>
	({ type: 'artifact', kind: 'reflection', title: reflect.id, data: { text } }) as const;

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
	classA = await createClass(db, 'ta', { name: 'A', band: '3-5' });
	classB = await createClass(db, 'tb', { name: 'B', band: '3-5' });
	await addRoster(db, classA, ['Ana', 'Ben']);
	await addRoster(db, classB, ['Bea']);
	[ana, ben] = (await listStudents(db, classA.id)).map((s) => s.id) as [string, string];
	bea = (await listStudents(db, classB.id))[0]!.id;
	assignment = (await assignModule(db, classA, {
		moduleSlug: 'what-is-ai',
		band: '3-5',
		dueAt: null
	}))!;
});
afterEach(() => cleanup());

describe('class artifacts (gallery)', () => {
	it('keep the latest version of each item, skip cleared reflections, newest first, one class only', async () => {
		await send(ana, 'r1', reflection('first try'), reflect.id);
		await send(ana, 'r2', reflection('Machines learn from examples.'), reflect.id);
		await send(ben, 'r3', reflection('   '), reflect.id);
		await send(
			ana,
			's1',
			{
				type: 'artifact',
				kind: 'ai-or-not-sort',
				title: 'AI or not?',
				data: { placements: [{ itemId: 'calculator', bin: 'ai', correct: false }] }
			},
			activity.id
		);
		await send(bea, 'r4', reflection('from class B'), reflect.id);

		const items = await latestArtifacts(db, classA.id);
		expect(items.map((item) => item.key)).toEqual(['s1', 'r2']);
		expect(items[1]!.content).toEqual({
			kind: 'reflection',
			data: { text: 'Machines learn from examples.' }
		});
		expect((await latestArtifacts(db, classB.id)).map((item) => item.key)).toEqual(['r4']);
	});

	it('hide and show only artifacts of the class', async () => {
		await send(ana, 'r1', reflection('hello'), reflect.id);
		await send(ana, 'done', { type: 'step-completed', step: reflect.id }, reflect.id);
		expect(await setArtifactHidden(db, classB.id, ana, 'r1', true)).toBe(false);
		expect(await setArtifactHidden(db, classA.id, ana, 'done', true)).toBe(false);
		expect(await setArtifactHidden(db, classA.id, ana, 'missing', true)).toBe(false);
		expect(await latestArtifacts(db, classA.id)).toHaveLength(1);

		expect(await setArtifactHidden(db, classA.id, ana, 'r1', true)).toBe(true);
		expect(await latestArtifacts(db, classA.id)).toHaveLength(0);
		expect((await latestArtifacts(db, classA.id, { includeHidden: true }))[0]!.hidden).toBe(true);
		expect(await setArtifactHidden(db, classA.id, ana, 'r1', false)).toBe(true);
		expect((await latestArtifacts(db, classA.id))[0]!.hidden).toBe(false);
	});

	it('are shown localized: reflection prompt and text, sorted things per bin', async () => {
		await send(ana, 'r1', reflection('Robots?'), reflect.id);
		await send(
			ana,
			's1',
			{
				type: 'artifact',
				kind: 'ai-or-not-sort',
				title: 'x',
				data: {
					placements: [
						{ itemId: 'calculator', bin: 'not-ai', correct: true },
						{ itemId: 'spam-filter', bin: 'ai', correct: true }
					]
				}
			},
			activity.id
		);
		const [sort, text] = (await latestArtifacts(db, classA.id)).map((a) => artifactView(a, 'es'));
		expect(text!.body).toEqual({ type: 'text', text: 'Robots?' });
		expect(text!.title).toBe(reflect.kind === 'reflect' ? reflect.prompt.es : '');
		expect(text!.where).toBe(lesson.title.es);
		expect(sort!.title).toBe('¿IA o no?');
		expect(sort!.body).toEqual({
			type: 'sort',
			bins: [
				{ bin: 'ai', items: [{ icon: '📧', name: 'Filtro de correo basura', correct: true }] },
				{ bin: 'not-ai', items: [{ icon: '🧮', name: 'Calculadora de bolsillo', correct: true }] }
			]
		});
	});
});

describe("a student's work", () => {
	it('keeps the first answer per question, the latest score per step and each completed step once', async () => {
		const [q1] = quiz.questions;
		const wrong = q1!.choices.find((c) => c.id !== q1!.answer)!.id;
		await send(
			ana,
			'a1',
			{ type: 'answer', question: q1!.id, choice: wrong, correct: false },
			quiz.id
		);
		await send(
			ana,
			'a2',
			{ type: 'answer', question: q1!.id, choice: q1!.answer, correct: true },
			quiz.id
		);
		await send(ana, 'sc1', { type: 'score', correct: 1, total: 3 }, quiz.id);
		await send(ana, 'sc2', { type: 'score', correct: 2, total: 3 }, quiz.id);
		await send(ana, 'c1', { type: 'step-completed', step: quiz.id }, quiz.id);
		await send(ana, 'c2', { type: 'step-completed', step: quiz.id }, quiz.id);

		const [work] = await studentWork(db, classA.id, ana);
		expect(work!.answers).toHaveLength(1);
		expect(work!.answers[0]).toMatchObject({ choice: wrong, correct: false });
		expect(work!.scores).toEqual([
			expect.objectContaining({ step: quiz.id, correct: 2, total: 3 })
		]);
		expect(work!.completed.map((c) => c.step)).toEqual([quiz.id]);
		expect(await studentWork(db, classB.id, ana)).toEqual([]);
	});
});

describe('the progress grid', () => {
	it('shows done, seen and not started per step, the latest quiz score, one row per student', async () => {
		await send(
			ana,
			'c1',
			{ type: 'step-completed', step: lesson.steps[0]!.id },
			lesson.steps[0]!.id
		);
		await send(
			ana,
			'c1b',
			{ type: 'step-completed', step: lesson.steps[0]!.id },
			lesson.steps[0]!.id
		);
		await send(
			ana,
			'c2',
			{ type: 'step-completed', step: lesson.steps[1]!.id },
			lesson.steps[1]!.id
		);
		await send(ana, 's1', { type: 'score', correct: 1, total: 3 }, quiz.id);
		await send(ana, 's2', { type: 'score', correct: 3, total: 3 }, quiz.id);
		await send(ana, 'r1', reflection('an artifact is not a step'), reflect.id);
		await send(
			bea,
			'x',
			{ type: 'step-completed', step: lesson.steps[2]!.id },
			lesson.steps[2]!.id
		);

		const grid = await progressGrid(db, classA.id, assignment);
		expect(grid.rows.map((row) => row.name)).toEqual(['Ana', 'Ben']);
		const [anaRow, benRow] = grid.rows;
		// Each step's state comes from that step's own events: the quiz (a score) and the reflection
		// (an artifact) were worked on; the steps Ana never opened stay "not started".
		expect(anaRow!.cells[0]).toEqual(
			lesson.steps.map((step, i) =>
				i < 2 ? 'done' : step.id === quiz.id || step.id === reflect.id ? 'seen' : 'not-started'
			)
		);
		expect(anaRow!.cells[0]).toContain('not-started');
		expect(anaRow!.cells[1]!.every((cell) => cell === 'not-started')).toBe(true);
		expect(anaRow!.scores).toEqual(['3/3', ...grid.lessons.slice(1).map(() => null)]);
		expect(benRow!.cells.flat().every((cell) => cell === 'not-started')).toBe(true);

		// A score that arrives late from an offline queue does not replace the newer one.
		await recordEvents(db, ana, {
			events: [
				{
					id: 'old-score',
					context,
					step: quiz.id,
					at: '2026-11-25T09:00:00.000Z',
					event: { type: 'score', correct: 0, total: 3 }
				}
			]
		});
		expect((await progressGrid(db, classA.id, assignment)).rows[0]!.scores[0]).toBe('3/3');
	});
});

describe('needs help', () => {
	it('is raised by the student, shown on the grid, lowered by the teacher of the class only', async () => {
		expect(await setHandRaised(db, ana, true, new Date('2026-11-25T10:05:00Z'))).toBe(true);
		const row = async () =>
			(await progressGrid(db, classA.id, assignment)).rows.find((r) => r.studentId === ana)!;
		expect((await row()).needsHelp).toBe('2026-11-25T10:05:00.000Z');
		expect(await markHelped(db, classB.id, ana)).toBe(false);
		expect((await row()).needsHelp).not.toBeNull();
		expect(await markHelped(db, classA.id, ana)).toBe(true);
		expect((await row()).needsHelp).toBeNull();
		expect(await setHandRaised(db, 'nobody', true)).toBe(false);
	});
});

describe('CSV export rows', () => {
	it('has one row per student and step with state, score, answers and reflections', async () => {
		const lessons = findModule('what-is-ai')!.lessons['3-5']!;
		const stepsPerStudent = lessons.reduce((sum, l) => sum + l.steps.length, 0);
		const q1 = quiz.questions[0]!;
		await send(
			ana,
			'c0',
			{ type: 'step-completed', step: lesson.steps[0]!.id },
			lesson.steps[0]!.id
		);
		await send(
			ana,
			'a1',
			{ type: 'answer', question: q1.id, choice: q1.answer, correct: true },
			quiz.id
		);
		await send(ana, 'sc', { type: 'score', correct: 3, total: 3 }, quiz.id);
		await send(ana, 'r1', reflection('Patterns, "lots" of them'), reflect.id);

		const rows = await progressExportRows(db, classA.id, assignment, 'en');
		expect(rows).toHaveLength(2 * stepsPerStudent);
		const anaRows = rows.filter((r) => r.student === 'Ana');
		expect(anaRows[0]).toMatchObject({
			stepNumber: 1,
			state: 'done',
			completedAt: expect.stringMatching(/^2026-11-25T10:00/)
		});
		// Step 2 was never opened; the quiz was answered but not finished.
		expect(anaRows[1]!.state).toBe('not-started');
		const quizRow = anaRows.find((r) => r.stepKind === 'quiz' && r.lesson === lesson.title.en)!;
		expect(quizRow.score).toBe('3/3');
		expect(quizRow.state).toBe('in-progress');
		expect(quizRow.answer).toBe(
			`${q1.prompt.en} → ${q1.choices.find((c) => c.id === q1.answer)!.text.en} ✓`
		);
		expect(
			anaRows.find((r) => r.stepKind === 'reflect' && r.lesson === lesson.title.en)!.answer
		).toBe('Patterns, "lots" of them');
		expect(rows.filter((r) => r.student === 'Ben').every((r) => r.state === 'not-started')).toBe(
			true
		);
	});
});

describe('CSV export of an activity step', () => {
	it('says what the activity saved, in the words of its artifact kind’s definition', async () => {
		await send(
			ana,
			'sort1',
			{
				type: 'artifact',
				kind: 'ai-or-not-sort',
				title: 'AI or not?',
				data: {
					placements: [
						{ itemId: 'calculator', bin: 'not-ai', correct: true },
						{ itemId: 'spam-filter', bin: 'ai', correct: true },
						{ itemId: 'alarm-clock', bin: 'ai', correct: false }
					]
				}
			},
			activity.id
		);
		const row = async (locale: Locale) =>
			(await progressExportRows(db, classA.id, assignment, locale)).find(
				(r) => r.student === 'Ana' && r.stepKind === 'activity' && r.lesson === lesson.title[locale]
			)!;
		expect((await row('en')).answer).toBe('2 of 3 sorted right');
		expect((await row('es')).answer).toBe('2 de 3 bien clasificados');
	});
});

describe('stored data that does not parse (the door once let it in)', () => {
	/** What the endpoint accepted before artifacts were checked by kind: a reflection 3,500 arrays deep. */
	async function plantDeepReflection(studentId: string, key: string) {
		const deep = '['.repeat(3500) + ']'.repeat(3500);
		await sqlRows(
			db,
			`insert into progress_events (student_id, key, context, step, type, artifact_kind, payload, at)
				 values (?, ?, ?, ?, 'artifact', 'reflection', ?, ?)`,
			studentId,
			key,
			context,
			reflect.id,
			`{"type":"artifact","kind":"reflection","title":"x","data":{"text":${deep}}}`,
			new Date('2026-11-25T12:00:00Z')
		);
	}

	it('is "cannot be shown" in the gallery, the student page and the export, and can be hidden and removed', async () => {
		await send(ana, 'ok', reflection('A real answer'), reflect.id);
		await plantDeepReflection(ben, 'bad');
		await sqlRows(
			db,
			`insert into progress_events (student_id, key, context, step, type, artifact_kind, payload, at)
				 values (?, 'junk', ?, null, 'artifact', 'no-such-kind', '{"kind":"no-such-kind","data":{"x":1}}', ?)`,
			ben,
			context,
			new Date('2026-11-25T12:01:00Z')
		);
		await sqlRows(
			db,
			`insert into progress_events (student_id, key, context, step, type, payload, at)
				 values (?, 'bad-answer', ?, ?, 'answer', '{"type":"answer","question":[[[[1]]]]}', ?)`,
			ben,
			context,
			quiz.id,
			new Date('2026-11-25T12:02:00Z')
		);

		const views = (await latestArtifacts(db, classA.id, { includeHidden: true })).map((a) =>
			artifactView(a, 'en')
		);
		expect(views.map((v) => [v.studentName, v.body.type])).toEqual([
			['Ben', 'unreadable'],
			['Ben', 'unreadable'],
			['Ana', 'text']
		]);
		const benWork = await studentWork(db, classA.id, ben);
		expect(benWork[0]!.answers).toEqual([]);
		expect(benWork[0]!.artifacts.map((a) => a.content)).toEqual([null, null]);
		const rows = await progressExportRows(db, classA.id, assignment, 'en');
		expect(
			rows.filter((r) => r.student === 'Ben' && r.stepKind === 'reflect').map((r) => r.answer)
		).toEqual(expect.arrayContaining(['']));

		expect(await setArtifactHidden(db, classA.id, ben, 'bad', true)).toBe(true);
		expect((await latestArtifacts(db, classA.id)).map((a) => a.key)).toEqual(['junk', 'ok']);
		expect(await removeArtifact(db, classA.id, ben, 'junk')).toBe(true);
		expect(await removeArtifact(db, classB.id, ben, 'bad')).toBe(false);
		expect(await removeArtifact(db, classA.id, ben, 'bad')).toBe(true);
		expect(
			(await latestArtifacts(db, classA.id, { includeHidden: true })).map((a) => a.key)
		).toEqual(['ok']);
	});
});

describe('removing work and students', () => {
	it('removes every version of an artifact, so an older one does not come back, and frees its space', async () => {
		await send(ana, 'v1', reflection('first'), reflect.id);
		await send(ana, 'v2', reflection('second'), reflect.id);
		const used = async () =>
			(await sqlRows(db, 'select stored_bytes as n from students where id = ?', ana))[0]!;
		expect((await used()).n).toBeGreaterThan(0);
		expect(await removeArtifact(db, classA.id, ana, 'v2')).toBe(true);
		expect(await latestArtifacts(db, classA.id)).toEqual([]);
		expect((await used()).n).toBe(0);
	});

	it('removes one student with their work; the class and classmates stay', async () => {
		await send(ana, 'r1', reflection('mine'), reflect.id);
		await send(ben, 'r2', reflection('his'), reflect.id);
		expect(await removeStudent(db, classB.id, ana)).toBe(false);
		expect(await removeStudent(db, classA.id, ana)).toBe(true);
		expect((await listStudents(db, classA.id)).map((s) => s.displayName)).toEqual(['Ben']);
		expect((await latestArtifacts(db, classA.id)).map((a) => a.studentName)).toEqual(['Ben']);
		const [left] = await sqlRows(
			db,
			'select count(*) as n from progress_events where student_id = ?',
			ana
		);
		expect(left!.n).toBe(0);
	});
});

describe('the gallery in pages', () => {
	it('pages the latest items newest first, counting shown and hidden over the whole gallery', async () => {
		const steps = lesson.steps;
		// One artifact per student per reflect-like slot: vary the kind's slot with the step.
		for (let i = 0; i < 5; i++) await send(ana, `a${i}`, reflection(`a${i}`), steps[i]!.id);
		for (let i = 0; i < 3; i++) await send(ben, `b${i}`, reflection(`b${i}`), steps[i]!.id);
		await setArtifactHidden(db, classA.id, ana, 'a0', true);
		const first = await artifactPage(db, classA.id, { includeHidden: true, pageSize: 3 });
		expect(first).toMatchObject({ total: 8, hidden: 1, page: 1, pages: 3 });
		expect(first.items.map((a) => a.key)).toEqual(['b2', 'b1', 'b0']);
		expect(
			(await artifactPage(db, classA.id, { includeHidden: true, pageSize: 3, page: 3 })).items.map(
				(a) => a.key
			)
		).toEqual(['a1', 'a0']);
		expect(await artifactPage(db, classA.id, { pageSize: 3, page: 99 })).toMatchObject({
			total: 7,
			page: 3
		});
	});
});
