import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { doodleLabels, doodles, students } from './db/schema';
import { generateId } from './ids';
import { classLabel, type Votes } from '../doodle/class-labels';
import type { Animal, Subgroup } from '../doodle/generator';
import type { SimplifiedDrawing } from '../doodle/strokes';
import type { NewDoodle } from '../validation/doodles';
import { first, run } from './db/query';

/** Enough for a whole lesson of drawing; a tablet cannot fill the server's disk. */
export const DOODLE_LIMITS = { perStudent: 60, perClass: 1500 };

export interface ClassDoodle {
	id: string;
	animal: Animal;
	subgroup: Subgroup | null;
	drawing: SimplifiedDrawing;
	votes: Votes;
	studentId: string;
	studentName: string;
	hidden: boolean;
	/** Null when the drawer said "not sure": the class decides. */
	drawerLabel: Subgroup | null;
	createdAt: Date;
}

type AddResult = { ok: true; id: string } | { ok: false; error: 'student_limit' | 'class_limit' };

/** Adds a student's drawing to their class's dataset (one transaction: the limits hold). */
export async function addDoodle(
	db: AppDatabase,
	student: { id: string; classId: string },
	doodle: NewDoodle,
	now = new Date()
): Promise<AddResult> {
	return db.transaction(async (tx) => {
		const count = async (
			column: typeof doodles.studentId | typeof doodles.classId,
			value: string
		) =>
			(await first(
				tx
					.select({ n: sql<number>`count(*)`.mapWith(Number) })
					.from(doodles)
					.where(eq(column, value))
			))!.n;
		if ((await count(doodles.studentId, student.id)) >= DOODLE_LIMITS.perStudent)
			return { ok: false, error: 'student_limit' } as const;
		if ((await count(doodles.classId, student.classId)) >= DOODLE_LIMITS.perClass)
			return { ok: false, error: 'class_limit' } as const;
		const id = generateId();
		await run(
			tx.insert(doodles).values({
				id,
				classId: student.classId,
				studentId: student.id,
				animal: doodle.animal,
				drawerLabel: doodle.spots === 'spotted' || doodle.spots === 'plain' ? doodle.spots : null,
				strokes: doodle.drawing,
				createdAt: now
			})
		);
		return { ok: true, id } as const;
	});
}

/** Every drawing of a class with its votes, in the order they were added (hidden ones too, marked). */
export async function classDoodles(db: AppDatabase, classId: string): Promise<ClassDoodle[]> {
	const rows = await db
		.select({
			id: doodles.id,
			animal: doodles.animal,
			drawerLabel: doodles.drawerLabel,
			strokes: doodles.strokes,
			hiddenAt: doodles.hiddenAt,
			createdAt: doodles.createdAt,
			studentId: doodles.studentId,
			studentName: students.displayName
		})
		.from(doodles)
		.innerJoin(students, eq(students.id, doodles.studentId))
		.where(eq(doodles.classId, classId))
		.orderBy(doodles.createdAt, doodles.id);
	const votes = new Map<string, Votes>();
	for (const vote of await db
		.select({ doodleId: doodleLabels.doodleId, label: doodleLabels.label })
		.from(doodleLabels)
		.innerJoin(doodles, eq(doodles.id, doodleLabels.doodleId))
		.where(eq(doodles.classId, classId))) {
		const tally = votes.get(vote.doodleId) ?? { spotted: 0, plain: 0 };
		if (vote.label === 'spotted' || vote.label === 'plain') tally[vote.label]++;
		votes.set(vote.doodleId, tally);
	}
	return rows.map((row) => {
		const tally = votes.get(row.id) ?? { spotted: 0, plain: 0 };
		const drawerLabel =
			row.drawerLabel === 'spotted' || row.drawerLabel === 'plain' ? row.drawerLabel : null;
		return {
			id: row.id,
			animal: row.animal as Animal,
			subgroup: row.animal === 'cow' ? classLabel(drawerLabel, tally) : null,
			drawing: row.strokes as SimplifiedDrawing,
			votes: tally,
			studentId: row.studentId,
			studentName: row.studentName,
			hidden: row.hiddenAt !== null,
			drawerLabel,
			createdAt: row.createdAt
		};
	});
}

/** What a student's tablet gets: the class's visible drawings, and the cows still to label. */
export async function studentDataset(db: AppDatabase, student: { id: string; classId: string }) {
	const visible = (await classDoodles(db, student.classId)).filter((doodle) => !doodle.hidden);
	const voted = new Set(
		(
			await db
				.select({ doodleId: doodleLabels.doodleId })
				.from(doodleLabels)
				.where(eq(doodleLabels.studentId, student.id))
		).map((row) => row.doodleId)
	);
	return {
		items: visible.map(({ id, animal, subgroup, drawing, studentId }) => ({
			id,
			animal,
			subgroup,
			drawing,
			mine: studentId === student.id
		})),
		toLabel: visible
			.filter(
				(doodle) =>
					doodle.animal === 'cow' &&
					doodle.drawerLabel === null &&
					doodle.studentId !== student.id &&
					!voted.has(doodle.id)
			)
			.map(({ id, drawing }) => ({ id, drawing })),
		limits: DOODLE_LIMITS
	};
}

/**
 * A classmate's vote on a cow someone was unsure about. Only for visible cows of the student's own
 * class, drawn by someone else, with no label from their drawer; a second vote replaces the first.
 */
export async function voteOnDoodle(
	db: AppDatabase,
	student: { id: string; classId: string },
	doodleId: string,
	label: 'spotted' | 'plain' | 'skip'
): Promise<boolean> {
	const doodle = await first(
		db
			.select()
			.from(doodles)
			.where(
				and(
					eq(doodles.id, doodleId),
					eq(doodles.classId, student.classId),
					eq(doodles.animal, 'cow'),
					isNull(doodles.drawerLabel),
					isNull(doodles.hiddenAt)
				)
			)
	);
	if (!doodle || doodle.studentId === student.id) return false;
	await run(
		db
			.insert(doodleLabels)
			.values({ doodleId, studentId: student.id, label })
			.onConflictDoUpdate({
				target: [doodleLabels.doodleId, doodleLabels.studentId],
				set: { label }
			})
	);
	return true;
}

/** The teacher hides (or shows again) one drawing of their class; false if it is not in it. */
export async function setDoodleHidden(
	db: AppDatabase,
	classId: string,
	doodleId: string,
	hidden: boolean,
	now = new Date()
): Promise<boolean> {
	return (
		(
			await run(
				db
					.update(doodles)
					.set({ hiddenAt: hidden ? now : null })
					.where(and(eq(doodles.id, doodleId), eq(doodles.classId, classId)))
			)
		).changes > 0
	);
}

/** The teacher empties the class dataset (votes go with the drawings). Returns how many went. */
export async function clearClassDoodles(db: AppDatabase, classId: string): Promise<number> {
	return (await run(db.delete(doodles).where(eq(doodles.classId, classId)))).changes;
}
