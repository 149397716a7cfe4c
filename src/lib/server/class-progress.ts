import { and, eq, inArray } from 'drizzle-orm';
import { findModule } from '../curriculum';
import type { AppDatabase } from './db/client';
import {
	lessonProgress,
	stepCompletions,
	stepVisits,
	students,
	type Assignment
} from './db/schema';
import { listStudents } from './classes';
import {} from './db/query';

export type CellState = 'not-started' | 'seen' | 'done';

export interface ProgressGrid {
	lessons: { slug: string; steps: { id: string; kind: string }[] }[];
	rows: {
		studentId: string;
		name: string;
		avatar: string | null;
		/** ISO time the student raised their hand ("I need help"), or null. */
		needsHelp: string | null;
		/** Per lesson, per step, from that step's own events: done, seen (opened or worked on), not started. */
		cells: CellState[][];
		/** Quiz scores per lesson, as "correct/total" of the last quiz scored. */
		scores: (string | null)[];
	}[];
}

/** Students by steps for one assignment: what the teacher's progress grid shows. */
export async function progressGrid(
	db: AppDatabase,
	classId: string,
	assignment: Assignment
): Promise<ProgressGrid> {
	const module = findModule(assignment.moduleSlug);
	const lessons = module?.lessons[assignment.band] ?? [];
	const contexts = lessons.map(
		(lesson) => `${assignment.moduleSlug}/${assignment.band}/${lesson.slug}`
	);
	const roster = await listStudents(db, classId);
	const lessonsOf = (table: typeof lessonProgress | typeof stepCompletions) =>
		and(eq(students.classId, classId), inArray(table.context, contexts));
	const seen = contexts.length
		? await db
				.select({
					studentId: lessonProgress.studentId,
					context: lessonProgress.context,
					correct: lessonProgress.scoreCorrect,
					total: lessonProgress.scoreTotal
				})
				.from(lessonProgress)
				.innerJoin(students, eq(students.id, lessonProgress.studentId))
				.where(lessonsOf(lessonProgress))
		: [];
	const completed = contexts.length
		? await db
				.select({
					studentId: stepCompletions.studentId,
					context: stepCompletions.context,
					step: stepCompletions.step
				})
				.from(stepCompletions)
				.innerJoin(students, eq(students.id, stepCompletions.studentId))
				.where(lessonsOf(stepCompletions))
		: [];
	const done = new Map<string, Set<string>>();
	const seenSteps = await visitedSteps(db, classId, contexts);
	const scores = new Map<string, string>();
	for (const row of seen) {
		const key = `${row.studentId}|${row.context}`;
		if (row.total) scores.set(key, `${row.correct}/${row.total}`);
	}
	for (const row of completed) {
		const key = `${row.studentId}|${row.context}`;
		const set = done.get(key) ?? new Set<string>();
		set.add(row.step);
		done.set(key, set);
	}
	return {
		lessons: lessons.map((lesson) => ({
			slug: lesson.slug,
			steps: lesson.steps.map((step) => ({ id: step.id, kind: step.kind }))
		})),
		rows: roster.map((student) => ({
			studentId: student.id,
			name: student.displayName,
			avatar: student.avatar,
			needsHelp: student.helpRequestedAt?.toISOString() ?? null,
			cells: lessons.map((lesson, i) => {
				const key = `${student.id}|${contexts[i]}`;
				return lesson.steps.map((step) =>
					done.get(key)?.has(step.id)
						? 'done'
						: seenSteps.has(`${key}|${step.id}`)
							? 'seen'
							: 'not-started'
				);
			}),
			scores: contexts.map((context) => scores.get(`${student.id}|${context}`) ?? null)
		}))
	};
}

/**
 * The steps a class's students have opened or worked on, as "student|context|step": any event
 * recorded for that step (opened, answered, saved, completed), kept in step_visits as the events
 * are stored. A step with none was never visited; a visit stays when the teacher removes a piece of
 * work from it (the student did open it).
 */
export async function visitedSteps(
	db: AppDatabase,
	classId: string,
	contexts: string[]
): Promise<Set<string>> {
	if (contexts.length === 0) return new Set();
	const rows = await db
		.select({
			studentId: stepVisits.studentId,
			context: stepVisits.context,
			step: stepVisits.step
		})
		.from(stepVisits)
		.innerJoin(students, eq(students.id, stepVisits.studentId))
		.where(and(eq(students.classId, classId), inArray(stepVisits.context, contexts)));
	return new Set(rows.map((row) => `${row.studentId}|${row.context}|${row.step}`));
}
