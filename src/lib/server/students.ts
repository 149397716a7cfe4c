import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { randomPicturePassword, type AvatarId } from '../classes/pictures';
import type { AppDatabase } from './db/client';
import { students, type Class, type Student } from './db/schema';
import { generateId } from './ids';
import { MAX_STUDENTS_PER_CLASS, listStudents } from './classes';
export { MAX_STUDENTS_PER_CLASS } from './classes';
import { resetRateLimit } from './rate-limit';
import {
	countTry,
	isTrustedDevice,
	newNameCounters,
	pictureCounters,
	trustDevice,
	waitFor,
	type Requester
} from './join-guard';
import { first, run, only } from './db/query';

export async function rosterForJoin(db: AppDatabase, classId: string) {
	return (await listStudents(db, classId)).map(({ picturePassword, ...student }) => ({
		...student,
		returning: picturePassword !== null
	}));
}

export async function getStudentInClass(
	db: AppDatabase,
	classId: string,
	studentId: string
): Promise<Student | undefined> {
	return await first(
		db
			.select()
			.from(students)
			.where(and(eq(students.id, studentId), eq(students.classId, classId)))
	);
}

/** A student who is not on the roster adds their first name or nickname. */
export async function addStudentByName(
	db: AppDatabase,
	klass: Class,
	name: string
): Promise<{ ok: true; student: Student } | { ok: false; error: 'name_taken' | 'class_full' }> {
	const taken = await first(
		db
			.select({ id: students.id })
			.from(students)
			.where(
				and(eq(students.classId, klass.id), sql`lower(${students.displayName}) = lower(${name})`)
			)
	);
	if (taken) return { ok: false, error: 'name_taken' };
	const size = await first(
		db.select({ n: count() }).from(students).where(eq(students.classId, klass.id))
	);
	if ((size?.n ?? 0) >= MAX_STUDENTS_PER_CLASS) return { ok: false, error: 'class_full' };
	const student = await only(
		db
			.insert(students)
			.values({ id: generateId(), classId: klass.id, displayName: name })
			.returning()
	);
	return { ok: true, student };
}

/**
 * A student adds their own name through the class code. New names are limited per tablet, and
 * for tablets the class does not know yet also per class and IP address (a whole class joining
 * at once fits); so is the size of a class.
 */
export async function joinWithNewName(
	db: AppDatabase,
	klass: Class,
	name: string,
	who: Requester,
	now = new Date()
): Promise<
	| { ok: true; student: Student }
	| { ok: false; error: 'name_taken' | 'class_full' }
	| { ok: false; error: 'rate_limited'; retryAfterMs: number }
> {
	const counters = newNameCounters(
		who,
		klass.id,
		await isTrustedDevice(db, who.device, klass.id, now)
	);
	const wait = await waitFor(db, counters, now);
	if (wait > 0) return { ok: false, error: 'rate_limited', retryAfterMs: wait };
	const added = await addStudentByName(db, klass, name);
	if (added.ok) await countTry(db, counters, now);
	return added;
}

/**
 * First join of a student: keeps their avatar and gives them a picture password to come back with.
 * Only works once (until the teacher resets it), so nobody can take over a student who has joined.
 */
export async function completeFirstJoin(
	db: AppDatabase,
	student: Student,
	avatar: AvatarId,
	random: (max: number) => number
): Promise<string | null> {
	const picturePassword = randomPicturePassword(random);
	const updated = await run(
		db
			.update(students)
			.set({ avatar, picturePassword })
			.where(and(eq(students.id, student.id), isNull(students.picturePassword)))
	);
	return updated.changes === 1 ? picturePassword : null;
}

export type PictureCheck =
	| { ok: true }
	| { ok: false; reason: 'wrong' }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number };

/**
 * Checks a picture password. Wrong tries count per student and per tablet, and for tablets the
 * class does not know also per class (per 10 minutes and per day) and per IP address: see
 * JOIN_RULES. A success makes the tablet known to the class.
 */
export async function checkPicturePassword(
	db: AppDatabase,
	student: Student,
	attempt: string,
	who: Requester,
	now = new Date()
): Promise<PictureCheck> {
	const trusted = await isTrustedDevice(db, who.device, student.classId, now);
	const counters = pictureCounters(who, student.id, student.classId, trusted);
	const wait = await waitFor(db, counters, now);
	if (wait > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: wait };
	if (student.picturePassword !== null && attempt === student.picturePassword) {
		await resetRateLimit(db, counters[0]![0]);
		await trustDevice(db, who.device, student.classId, now);
		return { ok: true };
	}
	await countTry(db, counters, now);
	const after = await waitFor(db, counters, now);
	if (after > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: after };
	return { ok: false, reason: 'wrong' };
}

/** The teacher clears a forgotten picture password; the student picks an avatar again next time. */
export async function resetPicturePassword(
	db: AppDatabase,
	owned: Class,
	studentId: string
): Promise<boolean> {
	return (
		(
			await run(
				db
					.update(students)
					.set({ picturePassword: null })
					.where(and(eq(students.id, studentId), eq(students.classId, owned.id)))
			)
		).changes === 1
	);
}

/** The student's own picture password, shown once on the welcome screen after they first join. */
export async function ownPicturePassword(
	db: AppDatabase,
	studentId: string
): Promise<string | null> {
	const row = await first(
		db
			.select({ pictures: students.picturePassword })
			.from(students)
			.where(eq(students.id, studentId))
	);
	return row?.pictures ?? null;
}
