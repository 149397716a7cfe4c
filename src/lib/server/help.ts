import { and, eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { students } from './db/schema';

/** "I need help": the student's hand goes up (or down); true if the student exists. */
export function setHandRaised(
	db: AppDatabase,
	studentId: string,
	raised: boolean,
	now = new Date()
): boolean {
	return (
		db
			.update(students)
			.set({ helpRequestedAt: raised ? now : null })
			.where(eq(students.id, studentId))
			.run().changes > 0
	);
}

/** The teacher has come over: lowers the hand of a student in their class. */
export function markHelped(db: AppDatabase, classId: string, studentId: string): boolean {
	return (
		db
			.update(students)
			.set({ helpRequestedAt: null })
			.where(and(eq(students.id, studentId), eq(students.classId, classId)))
			.run().changes > 0
	);
}
