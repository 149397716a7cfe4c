import { json } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { isKnownPlace, recordEvents } from '#lib/server/progress';
import { readJson } from '#lib/server/json-body';
import { notifyClassProgress } from '#lib/server/live';
import { MAX_EVENT_PAYLOAD_BYTES, progressBatchSchema } from '#lib/validation/progress';
import { apiError } from '#lib/validation/errors';
import { studentEndpoint } from '#lib/server/http/guards';
import type { RequestHandler } from './$types';

/**
 * Tablets send their queued activity-contract events here. Only a signed-in student may send, and
 * only for themselves; every event is stored once per idempotency key, so retries are harmless.
 * A batch is stored whole or not at all: 400 for a malformed event, 413 for one too large or past
 * the student's storage budget (the refused ids are named), 429 when the student sends too fast.
 */
export const POST: RequestHandler = studentEndpoint(async ({ request }, student) => {
	const body = await readJson(request, 100 * MAX_EVENT_PAYLOAD_BYTES);
	if (!body.ok) return json(apiError(body.code), { status: body.status });
	const parsed = progressBatchSchema.safeParse(body.value);
	if (!parsed.success)
		return json(apiError('invalid', { issues: parsed.error.issues.slice(0, 5) }), { status: 400 });
	const events = parsed.data.events;
	const misplaced = events.filter((e) => !isKnownPlace(e.context, e.step)).map((e) => e.id);
	if (misplaced.length > 0)
		return json(apiError('unknown_place', { refused: misplaced }), { status: 400 });
	const tooLarge = events
		.filter((e) => JSON.stringify(e.event).length > MAX_EVENT_PAYLOAD_BYTES)
		.map((e) => e.id);
	if (tooLarge.length > 0)
		return json(apiError('too_large', { refused: tooLarge }), { status: 413 });
	const result = await recordEvents(getDb(), student.id, parsed.data);
	if (!result.ok) {
		if (result.reason === 'rate_limited')
			return json(apiError(result.reason), {
				status: 429,
				headers: { 'Retry-After': String(Math.ceil(result.retryAfterMs / 1000)) }
			});
		return json(apiError(result.reason, { refused: result.refused }), { status: 413 });
	}
	if (result.stored > 0) notifyClassProgress(student.classId);
	return json({ received: events.length, stored: result.stored });
});
