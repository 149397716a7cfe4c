import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '#lib/server/db';
import { readJson } from '#lib/server/json-body';
import { studentEndpoint } from '#lib/server/http/guards';
import {
	castVote,
	classDesigns,
	classLikes,
	likesSchema,
	ownLikes,
	ownVote,
	saveLikes
} from '#lib/server/recommender';
import { apiError } from '#lib/validation/errors';
import type { RequestHandler } from './$types';

const tooMany = (retryAfterMs: number) =>
	json(apiError('rate_limited'), {
		status: 429,
		headers: { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) }
	});

/**
 * The signed-in student's class in the avatar shop: their classmates' likes (no names: what the
 * collaborative filter learns from), their own saved likes, the designs the class saved (by
 * design name, with votes) and the student's own vote.
 */
export const GET: RequestHandler = studentEndpoint(async (_event, student) => {
	const db = getDb();
	const designs = await classDesigns(db, student.classId);
	return json(
		{
			classmates: await classLikes(db, student.classId, student.id),
			own: await ownLikes(db, student.id),
			designs: designs.map((d) => ({
				id: d.id,
				name: d.saved.name,
				design: d.saved.design,
				votes: d.votes,
				mine: d.studentId === student.id
			})),
			vote: await ownVote(db, student, designs)
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
});

/** The student's likes and dislikes, replacing those saved before; 400 for unknown or repeated items. */
export const PUT: RequestHandler = studentEndpoint(async ({ request }, student) => {
	const body = await readJson(request, 16 * 1024);
	if (!body.ok) return json(apiError(body.code), { status: body.status });
	const parsed = likesSchema.safeParse(body.value);
	if (!parsed.success)
		return json(apiError('invalid', { issues: parsed.error.issues.slice(0, 5) }), { status: 400 });
	const saved = await saveLikes(getDb(), student, parsed.data);
	if (!saved.ok) return tooMany(saved.retryAfterMs);
	return json({ saved: true });
});

const voteSchema = z.object({ design: z.string().min(1).max(64) }).strict();

/** A vote for one of the class's saved designs (a new vote replaces the last); 404 for any other. */
export const POST: RequestHandler = studentEndpoint(async ({ request }, student) => {
	const body = await readJson(request, 1024);
	if (!body.ok) return json(apiError(body.code), { status: body.status });
	const parsed = voteSchema.safeParse(body.value);
	if (!parsed.success) return json(apiError('invalid'), { status: 400 });
	const voted = await castVote(getDb(), student, parsed.data.design);
	if (!voted.ok)
		return voted.problem === 'not_found'
			? json(apiError('not_found'), { status: 404 })
			: tooMany(voted.retryAfterMs);
	return json({ voted: true });
});
