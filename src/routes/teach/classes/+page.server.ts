import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '#lib/server/http/guards';
import { createClass, listClasses } from '#lib/server/classes';
import { getDb } from '#lib/server/db';
import { readFormData } from '#lib/server/http/forms';
import { CREATE_CLASS_FIELDS, createClassSchema } from '#lib/validation/classes';
import { parseForm } from '#lib/validation/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const teacher = requireUser(event);
	return { classes: await listClasses(getDb(), teacher.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const teacher = requireUser(event);
		const form = parseForm(
			createClassSchema,
			await readFormData(event.request),
			CREATE_CLASS_FIELDS
		);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const created = await createClass(getDb(), teacher.id, form.data);
		redirect(303, `/teach/classes/${created.id}`);
	}
};
