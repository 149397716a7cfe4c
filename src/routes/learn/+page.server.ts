import { fail, redirect } from '@sveltejs/kit';
import { setHandRaised } from '#lib/server/help';
import { notifyClassProgress } from '#lib/server/live';
import { readFormData } from '#lib/server/http/forms';
import { parseForm } from '#lib/validation/form';
import { HELP_FIELDS, helpSchema } from '#lib/validation/classes';
import { deleteStudentSessionCookie } from '#lib/server/http/cookies';
import { requireStudent, studentOrError } from '#lib/server/http/guards';
import { STUDENT_SESSION_COOKIE, invalidateStudentSession } from '#lib/server/auth/student-session';
import { getDb } from '#lib/server/db';
import { ownPicturePassword } from '#lib/server/students';
import { pictureEmoji } from '#lib/classes/pictures';
import { studentAssignments } from '#lib/server/assignments';
import { findModule, t } from '#lib/curriculum';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const student = requireStudent({ locals });
	let pictures: string[] | null = null;
	if (url.searchParams.has('welcome')) {
		const own = await ownPicturePassword(getDb(), student.id);
		pictures = own ? pictureEmoji(own) : null;
	}
	const locale = locals.locale;
	const assignments = (await studentAssignments(getDb(), student.id, student.classId)).map(
		(assignment) => {
			const module = findModule(assignment.moduleSlug)!;
			const lessons = module.lessons[assignment.band] ?? [];
			return {
				id: assignment.id,
				title: t(module.title, locale),
				band: assignment.band,
				due: assignment.dueAt ? assignment.dueAt.toISOString().slice(0, 10) : null,
				state: assignment.state,
				lessons: assignment.lessons.map((progress, i) => ({
					title: t(lessons[i]!.title, locale),
					href: `/modules/${module.slug}/${assignment.band}/${progress.slug}`,
					done: progress.completed,
					total: progress.steps
				}))
			};
		}
	);
	return {
		locale,
		assignments,
		student: {
			displayName: student.displayName,
			avatar: student.avatar,
			className: student.className
		},
		lessonsHref: `/modules?band=${student.band}`,
		pictures
	};
};

export const actions: Actions = {
	/** "I need help" (or "I'm fine now"): shown on the teacher's grid at once. */
	help: async (event) => {
		const student = studentOrError(event);
		const form = parseForm(helpSchema, await readFormData(event.request), HELP_FIELDS);
		if (!form.ok) return fail(400, { helpInvalid: true });
		await setHandRaised(getDb(), student.id, form.data.raise);
		notifyClassProgress(student.classId);
		redirect(303, form.data.returnTo);
	},
	/** One tap on a shared tablet: this student is signed out and the class list comes back. */
	switch: async (event) => {
		const code = event.locals.student?.joinCode;
		const token = event.cookies.get(STUDENT_SESSION_COOKIE);
		if (token) await invalidateStudentSession(getDb(), token);
		deleteStudentSessionCookie(event);
		redirect(303, code ? `/join/${code}` : '/join');
	}
};
