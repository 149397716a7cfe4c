import { error, type RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { requireUser } from './guards';
import { getOwnedClass } from '../classes';
import { getDb } from '../db';
import { assignments } from '../db/schema';
import { getStudentInClass } from '../students';
import { first } from '../db/query';

type ClassEvent = Pick<RequestEvent, 'locals' | 'url'> & {
	params: Partial<Record<string, string>>;
};

/** The class, if the signed-in teacher owns it. Anyone else gets 404: not even its existence leaks. */
export async function ownedClass(event: ClassEvent) {
	const teacher = requireUser(event);
	const klass = await getOwnedClass(getDb(), teacher.id, event.params.id ?? '');
	if (!klass) error(404, 'not_found');
	return klass;
}

/** A class and one of its assignments, for the teacher who owns the class; 404 for anyone else. */
export async function ownedAssignment(event: ClassEvent) {
	const klass = await ownedClass(event);
	const assignment = await first(
		getDb()
			.select()
			.from(assignments)
			.where(
				and(eq(assignments.id, event.params.assignment ?? ''), eq(assignments.classId, klass.id))
			)
	);
	if (!assignment) error(404, 'not_found');
	return { klass, assignment };
}

/** A class and one of its students, for the teacher who owns the class; 404 for anyone else. */
export async function ownedStudent(event: ClassEvent) {
	const klass = await ownedClass(event);
	const student = await getStudentInClass(getDb(), klass.id, event.params.student ?? '');
	if (!student) error(404, 'not_found');
	return { klass, student };
}
