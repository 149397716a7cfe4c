import { fail, isHttpError, redirect } from '@sveltejs/kit';
import { readFormData } from '#lib/server/http/forms';
import { classForCode } from '#lib/server/http/joining';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.student) redirect(303, '/learn');
};

export const actions: Actions = {
	default: async (event) => {
		const code = (await readFormData(event.request)).get('code');
		const typed = typeof code === 'string' ? code.slice(0, 20) : '';
		try {
			const klass = await classForCode(event, typed);
			redirect(303, `/join/${klass.joinCode}`);
		} catch (thrown) {
			if (!isHttpError(thrown)) throw thrown;
			const minutes = Number(/^rate_limited:(\d+)$/.exec(thrown.body.message)?.[1] ?? 0);
			return fail(thrown.status, { code: typed, unknown: thrown.status === 404, minutes });
		}
	}
};
