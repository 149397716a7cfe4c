import { json } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { addDoodle, studentDataset } from '#lib/server/class-doodles';
import { newDoodleSchema } from '#lib/validation/doodles';
import { readJson } from '#lib/server/json-body';
import { realDoodles } from '#lib/server/quickdraw-set';
import { realCowLabels } from '#lib/server/real-labels';
import type { RequestHandler } from './$types';

const SIGN_IN = { error: 'Sign in to your class first.' };

/**
 * The signed-in student's class dataset: its visible drawings and the cows still to label, and,
 * when the server has real cows without people's labels, the class's labels for those.
 */
export const GET: RequestHandler = async ({ locals }) => {
	const student = locals.student;
	if (!student) return json(SIGN_IN, { status: 401 });
	const real = await realDoodles();
	return json(
		{
			...studentDataset(getDb(), student),
			real: real ? realCowLabels(getDb(), student, real) : { labels: {}, toLabel: [] }
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
};

/** A student adds a drawing to their class's dataset. */
export const POST: RequestHandler = async ({ request, locals }) => {
	if (!locals.student) return json(SIGN_IN, { status: 401 });
	const body = await readJson(request, 64 * 1024);
	if (!body.ok) return json({ error: body.error }, { status: body.status });
	const parsed = newDoodleSchema.safeParse(body.value);
	if (!parsed.success)
		return json(
			{ error: 'That is not a drawing the lab can use.', issues: parsed.error.issues.slice(0, 5) },
			{ status: 400 }
		);
	const added = addDoodle(getDb(), locals.student, parsed.data);
	if (!added.ok)
		return json(
			{
				error:
					added.error === 'student_limit'
						? 'You have added as many drawings as one person can.'
						: 'Your class dataset is full.'
			},
			{ status: 409 }
		);
	return json({ id: added.id }, { status: 201 });
};
