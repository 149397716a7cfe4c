import { and, eq, inArray } from 'drizzle-orm';
import { findModule } from '../curriculum';
import type { AppDatabase } from './db/client';
import { progressEvents, students, type Assignment } from './db/schema';
import { listStudents } from './classes';

export type CellState = 'not-started' | 'seen' | 'done';

export interface ProgressGrid {
	lessons: { slug: string; steps: { id: string; kind: string }[] }[];
	rows: {
		studentId: string;
		name: string;
		avatar: string | null;
		/** ISO time the student raised their hand ("I need help"), or null. */
		needsHelp: string | null;
		/** Per lesson, per step: done (completed), seen (the student has started the lesson), not started. */
		cells: CellState[][];
		/** Quiz scores per lesson, as "correct/total" of the last quiz scored. */
		scores: (string | null)[];
	}[];
}

/** Students by steps for one assignment: what the teacher's progress grid shows. */
export function progressGrid(
	db: AppDatabase,
	classId: string,
	assignment: Assignment
): ProgressGrid {
	const module = findModule(assignment.moduleSlug);
	const lessons = module?.lessons[assignment.band] ?? [];
	const contexts = lessons.map(
		(lesson) => `${assignment.moduleSlug}/${assignment.band}/${lesson.slug}`
	);
	const roster = listStudents(db, classId);
	const events = contexts.length
		? db
				.select({
					studentId: progressEvents.studentId,
					context: progressEvents.context,
					type: progressEvents.type,
					payload: progressEvents.payload
				})
				.from(progressEvents)
				.innerJoin(students, eq(students.id, progressEvents.studentId))
				.where(and(eq(students.classId, classId), inArray(progressEvents.context, contexts)))
				.all()
		: [];
	const done = new Map<string, Set<string>>();
	const started = new Set<string>();
	const scores = new Map<string, string>();
	for (const event of events) {
		const key = `${event.studentId}|${event.context}`;
		started.add(key);
		const payload = event.payload as { step?: string; correct?: number; total?: number };
		if (event.type === 'step-completed' && payload.step) {
			const set = done.get(key) ?? new Set<string>();
			set.add(payload.step);
			done.set(key, set);
		}
		if (event.type === 'score' && payload.total)
			scores.set(key, `${payload.correct}/${payload.total}`);
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
					done.get(key)?.has(step.id) ? 'done' : started.has(key) ? 'seen' : 'not-started'
				);
			}),
			scores: contexts.map((context) => scores.get(`${student.id}|${context}`) ?? null)
		}))
	};
}
