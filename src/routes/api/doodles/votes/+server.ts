import { json } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { voteOnDoodle } from '#lib/server/class-doodles';
import { readJson } from '#lib/server/json-body';
import { doodleVoteSchema } from '#lib/validation/doodles';
import { realDoodles } from '#lib/server/quickdraw-set';
import { voteOnRealCow } from '#lib/server/real-labels';
import { apiError } from '#lib/validation/errors';
import { studentEndpoint } from '#lib/server/http/guards';
import type { RequestHandler } from './$types';

/** A student's vote in the labelling round: does this classmate's (or this real) cow have spots? */
export const POST: RequestHandler = studentEndpoint(async ({ request }, student) => {
	const body = await readJson(request, 1024);
	if (!body.ok) return json(apiError(body.code), { status: body.status });
	const parsed = doodleVoteSchema.safeParse(body.value);
	if (!parsed.success) return json(apiError('invalid'), { status: 400 });
	const { doodle, label } = parsed.data;
	const done = doodle.startsWith('quickdraw:')
		? await voteOnRealCow(getDb(), student, (await realDoodles()) ?? [], doodle, label)
		: await voteOnDoodle(getDb(), student, doodle, label);
	if (!done) return json(apiError('not_found'), { status: 404 });
	return json({ ok: true });
});
