import { json } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { addDoodle, studentDataset } from '#lib/server/class-doodles';
import { newDoodleSchema } from '#lib/validation/doodles';
import { readJson } from '#lib/server/json-body';
import { realDoodles } from '#lib/server/quickdraw-set';
import { realCowLabels } from '#lib/server/real-labels';
import { apiError } from '#lib/validation/errors';
import { studentEndpoint } from '#lib/server/http/guards';
import type { RequestHandler } from './$types';

/**
 * The signed-in student's class dataset: its visible drawings and the cows still to label, and,
 * when the server has real cows without people's labels, the class's labels for those.
 */
export const GET: RequestHandler = studentEndpoint(async (_event, student) => {
	const real = await realDoodles();
	return json(
		{
			...(await studentDataset(getDb(), student)),
			real: real ? await realCowLabels(getDb(), student, real) : { labels: {}, toLabel: [] }
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
});

/** A student adds a drawing to their class's dataset. */
export const POST: RequestHandler = studentEndpoint(async ({ request }, student) => {
	const body = await readJson(request, 64 * 1024);
	if (!body.ok) return json(apiError(body.code), { status: body.status });
	const parsed = newDoodleSchema.safeParse(body.value);
	if (!parsed.success)
		return json(apiError('invalid', { issues: parsed.error.issues.slice(0, 5) }), { status: 400 });
	const added = await addDoodle(getDb(), student, parsed.data);
	if (!added.ok)
		return json(apiError(added.error === 'student_limit' ? 'student_limit' : 'class_full'), {
			status: 409
		});
	return json({ id: added.id }, { status: 201 });
});
