import { and, asc, eq, sql } from 'drizzle-orm';
import { findModule, moduleBands } from '../curriculum';
import type { GradeBand } from '../curriculum/types';
import type { AppDatabase } from './db/client';
import { assignments, type Assignment, type Class } from './db/schema';
import { generateId } from './ids';
import { completedSteps, startedContexts } from './progress';
import { run, only } from './db/query';

export type AssignmentState = 'not-started' | 'in-progress' | 'done' | 'overdue';

/** Assigns a module's lessons for one band; assigning it again only changes the due date. */
export async function assignModule(
	db: AppDatabase,
	owned: Class,
	input: { moduleSlug: string; band: GradeBand; dueAt: Date | null; clearDue?: boolean }
): Promise<Assignment | null> {
	const module = findModule(input.moduleSlug);
	if (!module || !moduleBands(module).includes(input.band)) return null;
	return await only(
		db
			.insert(assignments)
			.values({
				id: generateId(),
				classId: owned.id,
				moduleSlug: input.moduleSlug,
				band: input.band,
				dueAt: input.dueAt
			})
			.onConflictDoUpdate({
				target: [assignments.classId, assignments.moduleSlug, assignments.band],
				// Assigned again without a date: the due date stays unless the teacher clears it.
				set: {
					dueAt: input.dueAt ?? (input.clearDue ? null : sql`${assignments.dueAt}`)
				}
			})
			.returning()
	);
}

export async function listAssignments(db: AppDatabase, classId: string): Promise<Assignment[]> {
	return await db
		.select()
		.from(assignments)
		.where(eq(assignments.classId, classId))
		.orderBy(asc(assignments.createdAt));
}

export async function removeAssignment(
	db: AppDatabase,
	owned: Class,
	assignmentId: string
): Promise<boolean> {
	return (
		(
			await run(
				db
					.delete(assignments)
					.where(and(eq(assignments.id, assignmentId), eq(assignments.classId, owned.id)))
			)
		).changes === 1
	);
}

export interface StudentLesson {
	slug: string;
	steps: number;
	completed: number;
	started: boolean;
}

export interface StudentAssignment {
	id: string;
	moduleSlug: string;
	band: GradeBand;
	dueAt: Date | null;
	state: AssignmentState;
	lessons: StudentLesson[];
}

/** A student's assignments with their state: not started, in progress, done, or overdue. */
export async function studentAssignments(
	db: AppDatabase,
	studentId: string,
	classId: string,
	now = new Date()
): Promise<StudentAssignment[]> {
	const done = await completedSteps(db, studentId);
	const started = await startedContexts(db, studentId);
	return (await listAssignments(db, classId)).flatMap((assignment) => {
		const module = findModule(assignment.moduleSlug);
		if (!module) return [];
		const lessons = (module.lessons[assignment.band] ?? []).map((lesson) => {
			const context = `${module.slug}/${assignment.band}/${lesson.slug}`;
			const ids = new Set(lesson.steps.map((step) => step.id));
			const completed = [...(done.get(context) ?? [])].filter((id) => ids.has(id)).length;
			return { slug: lesson.slug, steps: ids.size, completed, started: started.has(context) };
		});
		const allDone = lessons.every((lesson) => lesson.completed === lesson.steps);
		const anyStarted = lessons.some((lesson) => lesson.started);
		const state: AssignmentState = allDone
			? 'done'
			: assignment.dueAt && now > assignment.dueAt
				? 'overdue'
				: anyStarted
					? 'in-progress'
					: 'not-started';
		return [
			{
				id: assignment.id,
				moduleSlug: module.slug,
				band: assignment.band,
				dueAt: assignment.dueAt,
				state,
				lessons
			}
		];
	});
}
