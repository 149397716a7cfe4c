import { eq, lt } from 'drizzle-orm';
import type { AppDatabase } from '../db/client';
import { classes, studentSessions, students } from '../db/schema';
import { isWellFormedToken, sessionIdFromToken } from './session';
import type { GradeBand } from '../../curriculum/types';
import { run, first } from '../db/query';

/** A tablet keeps a student signed in for 12 hours, renewed while in use: one school day. */
export const STUDENT_SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const STUDENT_SESSION_COOKIE = 'student_session';

export interface SessionStudent {
	id: string;
	displayName: string;
	avatar: string | null;
	classId: string;
	className: string;
	band: GradeBand;
	joinCode: string;
	/** When the student raised their hand ("I need help"), if it is still up. */
	helpRequestedAt: Date | null;
}

export async function createStudentSession(
	db: AppDatabase,
	token: string,
	studentId: string,
	now = new Date()
) {
	const session = {
		id: sessionIdFromToken(token),
		studentId,
		expiresAt: new Date(now.getTime() + STUDENT_SESSION_LIFETIME_MS)
	};
	await run(db.insert(studentSessions).values(session));
	return session;
}

/** The student behind a token, if the session is live and the class is not archived. */
export async function validateStudentSessionToken(
	db: AppDatabase,
	token: string,
	now = new Date()
): Promise<{ student: SessionStudent; expiresAt: Date; renewed: boolean } | null> {
	if (!isWellFormedToken(token)) return null;
	const id = sessionIdFromToken(token);
	const row = await first(
		db
			.select({
				expiresAt: studentSessions.expiresAt,
				student: {
					id: students.id,
					displayName: students.displayName,
					avatar: students.avatar,
					classId: classes.id,
					className: classes.name,
					band: classes.band,
					joinCode: classes.joinCode,
					helpRequestedAt: students.helpRequestedAt
				},
				archivedAt: classes.archivedAt
			})
			.from(studentSessions)
			.innerJoin(students, eq(studentSessions.studentId, students.id))
			.innerJoin(classes, eq(students.classId, classes.id))
			.where(eq(studentSessions.id, id))
	);
	if (!row || row.archivedAt || now >= row.expiresAt) {
		if (row) await run(db.delete(studentSessions).where(eq(studentSessions.id, id)));
		return null;
	}
	// Renew when more than an hour has gone by, so a lesson never times out mid-way.
	const renewed =
		row.expiresAt.getTime() - now.getTime() < STUDENT_SESSION_LIFETIME_MS - 60 * 60 * 1000;
	const expiresAt = renewed ? new Date(now.getTime() + STUDENT_SESSION_LIFETIME_MS) : row.expiresAt;
	if (renewed)
		await run(db.update(studentSessions).set({ expiresAt }).where(eq(studentSessions.id, id)));
	return { student: row.student, expiresAt, renewed };
}

export async function invalidateStudentSession(db: AppDatabase, token: string): Promise<void> {
	await run(db.delete(studentSessions).where(eq(studentSessions.id, sessionIdFromToken(token))));
}

export async function deleteExpiredStudentSessions(
	db: AppDatabase,
	now = new Date()
): Promise<number> {
	return (await run(db.delete(studentSessions).where(lt(studentSessions.expiresAt, now)))).changes;
}
