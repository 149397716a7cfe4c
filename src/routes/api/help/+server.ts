import { json } from '@sveltejs/kit';
import { apiError } from '#lib/validation/errors';
import type { RequestHandler } from './$types';

/** Whether the signed-in student's hand is still up: the tablet lowers it once the teacher helped. */
export const GET: RequestHandler = ({ locals }) => {
	if (!locals.student) return json(apiError('not_signed_in'), { status: 401 });
	return json(
		{ raised: locals.student.helpRequestedAt !== null },
		{ headers: { 'cache-control': 'no-store' } }
	);
};
