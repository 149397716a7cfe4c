import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { randomPicturePassword, type AvatarId } from '../classes/pictures';
import type { AppDatabase } from './db/client';
import { students, type Class, type Student } from './db/schema';
import { generateId } from './ids';
import { MAX_STUDENTS_PER_CLASS, listStudents } from './classes';
export { MAX_STUDENTS_PER_CLASS } from './classes';
import { checkRateLimit, recordFailure, resetRateLimit, type RateLimitRule } from './rate-limit';

const TEN_MINUTES = 10 * 60 * 1000;
/** Wrong join codes from one IP address (a whole school may share it). */
export const JOIN_CODE_RULE: RateLimitRule = { max: 30, windowMs: TEN_MINUTES };
/** Wrong picture passwords for one student, and from one IP address. */
export const PICTURE_STUDENT_RULE: RateLimitRule = { max: 5, windowMs: TEN_MINUTES };
export const PICTURE_IP_RULE: RateLimitRule = { max: 40, windowMs: TEN_MINUTES };
/** New names added through one class's code: a whole class joining at once fits; a flood does not. */
export const NEW_NAMES_PER_CLASS_RULE: RateLimitRule = { max: 60, windowMs: TEN_MINUTES };

export function rosterForJoin(db: AppDatabase, classId: string) {
	return listStudents(db, classId).map(({ picturePassword, ...student }) => ({
		...student,
		returning: picturePassword !== null
	}));
}

export function getStudentInClass(
	db: AppDatabase,
	classId: string,
	studentId: string
): Student | undefined {
	return db
		.select()
		.from(students)
		.where(and(eq(students.id, studentId), eq(students.classId, classId)))
		.get();
}

/** A student who is not on the roster adds their first name or nickname. */
export function addStudentByName(
	db: AppDatabase,
	klass: Class,
	name: string
): { ok: true; student: Student } | { ok: false; error: 'name_taken' | 'class_full' } {
	const taken = db
		.select({ id: students.id })
		.from(students)
		.where(
			and(eq(students.classId, klass.id), sql`${students.displayName} = ${name} collate nocase`)
		)
		.get();
	if (taken) return { ok: false, error: 'name_taken' };
	const size = db.select({ n: count() }).from(students).where(eq(students.classId, klass.id)).get();
	if ((size?.n ?? 0) >= MAX_STUDENTS_PER_CLASS) return { ok: false, error: 'class_full' };
	const student = db
		.insert(students)
		.values({ id: generateId(), classId: klass.id, displayName: name })
		.returning()
		.get();
	return { ok: true, student };
}

/**
 * A student adds their own name through the class code. New names per class are limited (a whole
 * class joining at once fits), and so is the size of a class.
 */
export function joinWithNewName(
	db: AppDatabase,
	klass: Class,
	name: string,
	now = new Date()
):
	| { ok: true; student: Student }
	| { ok: false; error: 'name_taken' | 'class_full' }
	| { ok: false; error: 'rate_limited'; retryAfterMs: number } {
	const key = `join:new:${klass.id}`;
	const state = checkRateLimit(db, key, NEW_NAMES_PER_CLASS_RULE, now);
	if (state.limited) return { ok: false, error: 'rate_limited', retryAfterMs: state.retryAfterMs };
	const added = addStudentByName(db, klass, name);
	if (added.ok) recordFailure(db, key, NEW_NAMES_PER_CLASS_RULE, now);
	return added;
}

/**
 * First join of a student: keeps their avatar and gives them a picture password to come back with.
 * Only works once (until the teacher resets it), so nobody can take over a student who has joined.
 */
export function completeFirstJoin(
	db: AppDatabase,
	student: Student,
	avatar: AvatarId,
	random: (max: number) => number
): string | null {
	const picturePassword = randomPicturePassword(random);
	const updated = db
		.update(students)
		.set({ avatar, picturePassword })
		.where(and(eq(students.id, student.id), isNull(students.picturePassword)))
		.run();
	return updated.changes === 1 ? picturePassword : null;
}

export type PictureCheck =
	| { ok: true }
	| { ok: false; reason: 'wrong' }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number };

export function checkPicturePassword(
	db: AppDatabase,
	student: Student,
	attempt: string,
	ip: string,
	now = new Date()
): PictureCheck {
	const studentKey = `picture:student:${student.id}`;
	const ipKey = `picture:ip:${ip}`;
	for (const [key, rule] of [
		[studentKey, PICTURE_STUDENT_RULE],
		[ipKey, PICTURE_IP_RULE]
	] as const) {
		const state = checkRateLimit(db, key, rule, now);
		if (state.limited)
			return { ok: false, reason: 'rate_limited', retryAfterMs: state.retryAfterMs };
	}
	if (student.picturePassword !== null && attempt === student.picturePassword) {
		resetRateLimit(db, studentKey);
		return { ok: true };
	}
	const after = [
		recordFailure(db, studentKey, PICTURE_STUDENT_RULE, now),
		recordFailure(db, ipKey, PICTURE_IP_RULE, now)
	];
	const limited = after.find((state) => state.limited);
	if (limited?.limited)
		return { ok: false, reason: 'rate_limited', retryAfterMs: limited.retryAfterMs };
	return { ok: false, reason: 'wrong' };
}

/** The teacher clears a forgotten picture password; the student picks an avatar again next time. */
export function resetPicturePassword(db: AppDatabase, owned: Class, studentId: string): boolean {
	return (
		db
			.update(students)
			.set({ picturePassword: null })
			.where(and(eq(students.id, studentId), eq(students.classId, owned.id)))
			.run().changes === 1
	);
}
