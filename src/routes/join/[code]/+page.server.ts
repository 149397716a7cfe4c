import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { readFormData } from '#lib/server/http/forms';
import { classForCode, requesterOf } from '#lib/server/http/joining';
import { minutesToWait } from '#lib/server/rate-limit';
import { joinWithNewName, rosterForJoin } from '#lib/server/students';
import { parseForm } from '#lib/validation/form';
import { z } from 'zod';
import { studentName } from '#lib/validation/classes';
import type { Actions, PageServerLoad } from './$types';

const newNameSchema = z.object({
	name: studentName
});

export const load: PageServerLoad = async (event) => {
	const klass = await classForCode(event, event.params.code);
	if (klass.joinCode !== event.params.code) redirect(308, `/join/${klass.joinCode}`);
	return {
		klass: { name: klass.name, joinCode: klass.joinCode },
		roster: (await rosterForJoin(getDb(), klass.id)).map(({ id, displayName, avatar }) => ({
			id,
			displayName,
			avatar
		}))
	};
};

export const actions: Actions = {
	new: async (event) => {
		const klass = await classForCode(event, event.params.code);
		const form = parseForm(newNameSchema, await readFormData(event.request), ['name']);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const added = await joinWithNewName(getDb(), klass, form.data.name, requesterOf(event));
		const values = { name: form.data.name };
		if (!added.ok) {
			if (added.error === 'rate_limited')
				return fail(429, { tooMany: minutesToWait(added.retryAfterMs), values });
			if (added.error === 'class_full') return fail(400, { classFull: true, values });
			return fail(400, { nameTaken: true, values });
		}
		redirect(303, `/join/${klass.joinCode}/${added.student.id}`);
	}
};
