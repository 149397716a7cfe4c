import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { voteOnDoodle } from '$lib/server/class-doodles';
import { readJson } from '$lib/server/json-body';
import { doodleVoteSchema } from '$lib/validation/doodles';
import type { RequestHandler } from './$types';

/** A student's vote in the labelling round: does this classmate's cow have spots? */
export const POST: RequestHandler = async ({ request, locals }) => {
	if (!locals.student) return json({ error: 'Sign in to your class first.' }, { status: 401 });
	const body = await readJson(request, 1024);
	if (!body.ok) return json({ error: body.error }, { status: body.status });
	const parsed = doodleVoteSchema.safeParse(body.value);
	if (!parsed.success) return json({ error: 'Invalid vote.' }, { status: 400 });
	if (!voteOnDoodle(getDb(), locals.student, parsed.data.doodle, parsed.data.label))
		return json({ error: 'There is no such drawing to label.' }, { status: 404 });
	return json({ ok: true });
};
