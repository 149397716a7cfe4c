import { error, type RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { requireUser } from './guards';
import { getOwnedClass } from '../classes';
import { getDb } from '../db';
import { assignments } from '../db/schema';
import { getStudentInClass } from '../students';

type ClassEvent = Pick<RequestEvent, 'locals' | 'url'> & {
	params: Partial<Record<string, string>>;
};

/** The class, if the signed-in teacher owns it. Anyone else gets 404: not even its existence leaks. */
export function ownedClass(event: ClassEvent) {
	const teacher = requireUser(event);
	const klass = getOwnedClass(getDb(), teacher.id, event.params.id ?? '');
	if (!klass) error(404, 'not_found');
	return klass;
}

/** A class and one of its assignments, for the teacher who owns the class; 404 for anyone else. */
export function ownedAssignment(event: ClassEvent) {
	const klass = ownedClass(event);
	const assignment = getDb()
		.select()
		.from(assignments)
		.where(
			and(eq(assignments.id, event.params.assignment ?? ''), eq(assignments.classId, klass.id))
		)
		.get();
	if (!assignment) error(404, 'not_found');
	return { klass, assignment };
}

/** A class and one of its students, for the teacher who owns the class; 404 for anyone else. */
export function ownedStudent(event: ClassEvent) {
	const klass = ownedClass(event);
	const student = getStudentInClass(getDb(), klass.id, event.params.student ?? '');
	if (!student) error(404, 'not_found');
	return { klass, student };
}
