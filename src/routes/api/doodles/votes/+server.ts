import { json } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { voteOnDoodle } from '#lib/server/class-doodles';
import { readJson } from '#lib/server/json-body';
import { doodleVoteSchema } from '#lib/validation/doodles';
import { realDoodles } from '#lib/server/quickdraw-set';
import { voteOnRealCow } from '#lib/server/real-labels';
import type { RequestHandler } from './$types';

/** A student's vote in the labelling round: does this classmate's (or this real) cow have spots? */
export const POST: RequestHandler = async ({ request, locals }) => {
	if (!locals.student) return json({ error: 'Sign in to your class first.' }, { status: 401 });
	const body = await readJson(request, 1024);
	if (!body.ok) return json({ error: body.error }, { status: body.status });
	const parsed = doodleVoteSchema.safeParse(body.value);
	if (!parsed.success) return json({ error: 'Invalid vote.' }, { status: 400 });
	const { doodle, label } = parsed.data;
	const done = doodle.startsWith('quickdraw:')
		? voteOnRealCow(getDb(), locals.student, (await realDoodles()) ?? [], doodle, label)
		: voteOnDoodle(getDb(), locals.student, doodle, label);
	if (!done) return json({ error: 'There is no such drawing to label.' }, { status: 404 });
	return json({ ok: true });
};
