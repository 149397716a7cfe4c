import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { generateJoinCode } from '../classes/join-code';
import type { GradeBand } from '../curriculum/types';
import type { AppDatabase } from './db/client';
import { isUniqueViolation } from './db/errors';
import { classes, students, type Class } from './db/schema';
import { generateId } from './ids';
import { first, run, only } from './db/query';

/** Students one class can hold. */
export const MAX_STUDENTS_PER_CLASS = 150;

export interface ClassSummary {
	id: string;
	name: string;
	band: GradeBand;
	joinCode: string;
	archived: boolean;
	students: number;
}

/** Runs `write` with fresh join codes until one is free (a collision is rare: 25^6 codes). */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
	for (let attempt = 0; attempt < 10; attempt++) {
		try {
			return await write(generateJoinCode());
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new Error('Could not find a free join code');
}

export async function createClass(
	db: AppDatabase,
	teacherId: string,
	input: { name: string; band: GradeBand }
): Promise<Class> {
	return withFreshCode(
		async (joinCode) =>
			await only(
				db
					.insert(classes)
					.values({ id: generateId(), teacherId, name: input.name, band: input.band, joinCode })
					.returning()
			)
	);
}

/** The teacher's classes, active first, with how many students each has. */
export async function listClasses(db: AppDatabase, teacherId: string): Promise<ClassSummary[]> {
	return (
		await db
			.select({
				id: classes.id,
				name: classes.name,
				band: classes.band,
				joinCode: classes.joinCode,
				archivedAt: classes.archivedAt,
				students: count(students.id)
			})
			.from(classes)
			.leftJoin(students, eq(students.classId, classes.id))
			.where(eq(classes.teacherId, teacherId))
			.groupBy(classes.id)
			.orderBy(asc(classes.archivedAt), asc(classes.name))
	).map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null }));
}

/** A class only if this teacher owns it; otherwise undefined (the route answers 404). */
export async function getOwnedClass(
	db: AppDatabase,
	teacherId: string,
	classId: string
): Promise<Class | undefined> {
	return await first(
		db
			.select()
			.from(classes)
			.where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)))
	);
}

export async function renameClass(db: AppDatabase, owned: Class, name: string): Promise<void> {
	await run(db.update(classes).set({ name }).where(eq(classes.id, owned.id)));
}

export async function setArchived(db: AppDatabase, owned: Class, archived: boolean): Promise<void> {
	await run(
		db
			.update(classes)
			.set({ archivedAt: archived ? new Date() : null })
			.where(eq(classes.id, owned.id))
	);
}

/** Deletes the class and, by cascade, every student, session and piece of work in it. */
export async function deleteClass(db: AppDatabase, owned: Class): Promise<void> {
	await run(db.delete(classes).where(eq(classes.id, owned.id)));
}

export async function regenerateJoinCode(db: AppDatabase, owned: Class): Promise<string> {
	return withFreshCode(async (joinCode) => {
		await run(db.update(classes).set({ joinCode }).where(eq(classes.id, owned.id)));
		return joinCode;
	});
}

export async function listStudents(db: AppDatabase, classId: string) {
	return await db
		.select({
			id: students.id,
			displayName: students.displayName,
			avatar: students.avatar,
			picturePassword: students.picturePassword,
			helpRequestedAt: students.helpRequestedAt
		})
		.from(students)
		.where(eq(students.classId, classId))
		.orderBy(sql`lower(${students.displayName})`, students.displayName);
}

/**
 * Adds roster names that are not in the class yet (case-insensitive), all or none: a roster that
 * would take the class past MAX_STUDENTS_PER_CLASS is refused whole. Returns how many were added.
 */
export async function addRoster(
	db: AppDatabase,
	owned: Class,
	names: string[]
): Promise<{ ok: true; added: number } | { ok: false; error: 'class_full' }> {
	return db.transaction(async (tx) => {
		const current = await listStudents(tx as unknown as AppDatabase, owned.id);
		const existing = new Set(current.map((s) => s.displayName.toLocaleLowerCase()));
		const fresh: string[] = [];
		for (const name of names) {
			const key = name.toLocaleLowerCase();
			if (existing.has(key)) continue;
			existing.add(key);
			fresh.push(name);
		}
		if (current.length + fresh.length > MAX_STUDENTS_PER_CLASS)
			return { ok: false as const, error: 'class_full' as const };
		if (fresh.length > 0)
			await run(
				tx
					.insert(students)
					.values(
						fresh.map((displayName) => ({ id: generateId(), classId: owned.id, displayName }))
					)
			);
		return { ok: true as const, added: fresh.length };
	});
}

/** An active (not archived) class by its join code. */
export async function findClassByCode(
	db: AppDatabase,
	joinCode: string
): Promise<Class | undefined> {
	return await first(
		db
			.select()
			.from(classes)
			.where(and(eq(classes.joinCode, joinCode), isNull(classes.archivedAt)))
	);
}
