import { json } from '@sveltejs/kit';
import { studentEndpoint } from '#lib/server/http/guards';
import type { RequestHandler } from './$types';

/** Whether the signed-in student's hand is still up: the tablet lowers it once the teacher helped. */
export const GET: RequestHandler = studentEndpoint((_event, student) =>
	json({ raised: student.helpRequestedAt !== null }, { headers: { 'cache-control': 'no-store' } })
);
