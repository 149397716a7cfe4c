import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { ownedClass } from './class-access';
import { removeArtifact, removeStudent, setArtifactHidden } from '../class-work';
import { clearClassDoodles, setDoodleHidden } from '../class-doodles';
import { getDb } from '../db';
import { readFormData } from './forms';
import { markHelped } from '../help';
import { notifyClassProgress } from '../live';
import { parseForm } from '../../validation/form';
import {
	ARTIFACT_REF_FIELDS,
	STUDENT_REF_FIELDS,
	artifactRefSchema,
	studentRefSchema
} from '../../validation/classes';
import { doodleRefSchema } from '../../validation/doodles';

type ClassEvent = RequestEvent<Partial<Record<string, string>>>;

/** Form action: hide an artifact from the class gallery (or show it again). Owner only. */
export async function setArtifactVisibility(event: ClassEvent, hidden: boolean) {
	const klass = await ownedClass(event);
	const form = parseForm(artifactRefSchema, await readFormData(event.request), ARTIFACT_REF_FIELDS);
	if (!form.ok) return fail(400, { invalid: true as const });
	if (!(await setArtifactHidden(getDb(), klass.id, form.data.student, form.data.key, hidden)))
		error(404, 'not_found');
	return { hiddenChanged: form.data.key, hidden };
}

/** Form action: remove an artifact, every version of it, for good. Owner only. */
export async function removeArtifactAction(event: ClassEvent) {
	const klass = await ownedClass(event);
	const form = parseForm(artifactRefSchema, await readFormData(event.request), ARTIFACT_REF_FIELDS);
	if (!form.ok) return fail(400, { invalid: true as const });
	if (!(await removeArtifact(getDb(), klass.id, form.data.student, form.data.key)))
		error(404, 'not_found');
	notifyClassProgress(klass.id);
	return { removed: form.data.key };
}

/**
 * Form action: remove one student from the class with all their work; the form must name the
 * student again as confirmation. Owner only; back to the class page.
 */
export async function removeStudentAction(event: ClassEvent) {
	const klass = await ownedClass(event);
	const form = parseForm(studentRefSchema, await readFormData(event.request), STUDENT_REF_FIELDS);
	if (!form.ok) return fail(400, { invalid: true as const });
	if (!(await removeStudent(getDb(), klass.id, form.data.student))) error(404, 'not_found');
	notifyClassProgress(klass.id);
	redirect(303, `/teach/classes/${klass.id}?removed=1`);
}

/** Form action: the teacher has helped a student who raised their hand. Owner only. */
export async function helpedStudent(event: ClassEvent) {
	const klass = await ownedClass(event);
	const form = parseForm(studentRefSchema, await readFormData(event.request), STUDENT_REF_FIELDS);
	if (!form.ok) return fail(400, { invalid: true as const });
	if (!(await markHelped(getDb(), klass.id, form.data.student))) error(404, 'not_found');
	notifyClassProgress(klass.id);
	return { helped: form.data.student };
}

/** Form action: hide a drawing from the class dataset (or show it again). Owner only. */
export async function setDoodleVisibility(event: ClassEvent, hidden: boolean) {
	const klass = await ownedClass(event);
	const form = parseForm(doodleRefSchema, await readFormData(event.request), ['doodle']);
	if (!form.ok) return fail(400, { invalid: true as const });
	if (!(await setDoodleHidden(getDb(), klass.id, form.data.doodle, hidden)))
		error(404, 'not_found');
	return { doodleChanged: form.data.doodle, hidden };
}

/** Form action: empty the class dataset; the form must say "clear" to confirm. Owner only. */
export async function clearDoodles(event: ClassEvent) {
	const klass = await ownedClass(event);
	const form = await readFormData(event.request);
	if (form.get('confirm') !== 'clear') return fail(400, { confirmMissing: true as const });
	return { cleared: await clearClassDoodles(getDb(), klass.id) };
}
