import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { generateJoinCode } from '../classes/join-code';
import type { GradeBand } from '../curriculum/types';
import type { AppDatabase } from './db/client';
import { isUniqueViolation } from './db/errors';
import { classes, students, type Class } from './db/schema';
import { generateId } from './ids';

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
function withFreshCode<T>(write: (code: string) => T): T {
	for (let attempt = 0; attempt < 10; attempt++) {
		try {
			return write(generateJoinCode());
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new Error('Could not find a free join code');
}

export function createClass(
	db: AppDatabase,
	teacherId: string,
	input: { name: string; band: GradeBand }
): Class {
	return withFreshCode((joinCode) =>
		db
			.insert(classes)
			.values({ id: generateId(), teacherId, name: input.name, band: input.band, joinCode })
			.returning()
			.get()
	);
}

/** The teacher's classes, active first, with how many students each has. */
export function listClasses(db: AppDatabase, teacherId: string): ClassSummary[] {
	return db
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
		.all()
		.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null }));
}

/** A class only if this teacher owns it; otherwise undefined (the route answers 404). */
export function getOwnedClass(
	db: AppDatabase,
	teacherId: string,
	classId: string
): Class | undefined {
	return db
		.select()
		.from(classes)
		.where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)))
		.get();
}

export function renameClass(db: AppDatabase, owned: Class, name: string): void {
	db.update(classes).set({ name }).where(eq(classes.id, owned.id)).run();
}

export function setArchived(db: AppDatabase, owned: Class, archived: boolean): void {
	db.update(classes)
		.set({ archivedAt: archived ? new Date() : null })
		.where(eq(classes.id, owned.id))
		.run();
}

/** Deletes the class and, by cascade, every student, session and piece of work in it. */
export function deleteClass(db: AppDatabase, owned: Class): void {
	db.delete(classes).where(eq(classes.id, owned.id)).run();
}

export function regenerateJoinCode(db: AppDatabase, owned: Class): string {
	return withFreshCode((joinCode) => {
		db.update(classes).set({ joinCode }).where(eq(classes.id, owned.id)).run();
		return joinCode;
	});
}

export function listStudents(db: AppDatabase, classId: string) {
	return db
		.select({
			id: students.id,
			displayName: students.displayName,
			avatar: students.avatar,
			picturePassword: students.picturePassword,
			helpRequestedAt: students.helpRequestedAt
		})
		.from(students)
		.where(eq(students.classId, classId))
		.orderBy(sql`${students.displayName} collate nocase`)
		.all();
}

/**
 * Adds roster names that are not in the class yet (case-insensitive), all or none: a roster that
 * would take the class past MAX_STUDENTS_PER_CLASS is refused whole. Returns how many were added.
 */
export function addRoster(
	db: AppDatabase,
	owned: Class,
	names: string[]
): { ok: true; added: number } | { ok: false; error: 'class_full' } {
	return db.transaction((tx) => {
		const current = listStudents(tx as unknown as AppDatabase, owned.id);
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
			tx.insert(students)
				.values(fresh.map((displayName) => ({ id: generateId(), classId: owned.id, displayName })))
				.run();
		return { ok: true as const, added: fresh.length };
	});
}

/** An active (not archived) class by its join code. */
export function findClassByCode(db: AppDatabase, joinCode: string): Class | undefined {
	return db
		.select()
		.from(classes)
		.where(and(eq(classes.joinCode, joinCode), isNull(classes.archivedAt)))
		.get();
}
