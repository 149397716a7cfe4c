import { error, type RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { requireUser } from './auth/guards';
import { getOwnedClass } from './classes';
import { getDb } from './db';
import { assignments } from './db/schema';

/** A class and one of its assignments, for the teacher who owns the class; 404 for anyone else. */
export function ownedAssignment(
	event: Pick<RequestEvent, 'locals' | 'url'> & { params: Partial<Record<string, string>> }
) {
	const teacher = requireUser(event);
	const db = getDb();
	const klass = getOwnedClass(db, teacher.id, event.params.id ?? '');
	if (!klass) error(404, { message: 'Unknown class.' });
	const assignment = db
		.select()
		.from(assignments)
		.where(
			and(eq(assignments.id, event.params.assignment ?? ''), eq(assignments.classId, klass.id))
		)
		.get();
	if (!assignment) error(404, { message: 'Unknown assignment.' });
	return { klass, assignment };
}
