import { and, eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { students } from './db/schema';
import { run } from './db/query';

/** "I need help": the student's hand goes up (or down); true if the student exists. */
export async function setHandRaised(
	db: AppDatabase,
	studentId: string,
	raised: boolean,
	now = new Date()
): Promise<boolean> {
	return (
		(
			await run(
				db
					.update(students)
					.set({ helpRequestedAt: raised ? now : null })
					.where(eq(students.id, studentId))
			)
		).changes > 0
	);
}

/** The teacher has come over: lowers the hand of a student in their class. */
export async function markHelped(
	db: AppDatabase,
	classId: string,
	studentId: string
): Promise<boolean> {
	return (
		(
			await run(
				db
					.update(students)
					.set({ helpRequestedAt: null })
					.where(and(eq(students.id, studentId), eq(students.classId, classId)))
			)
		).changes > 0
	);
}
