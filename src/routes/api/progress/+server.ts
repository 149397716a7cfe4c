import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { recordEvents } from '$lib/server/progress';
import { readJson } from '$lib/server/json-body';
import { notifyClassProgress } from '$lib/server/live';
import { MAX_EVENT_PAYLOAD_BYTES, progressBatchSchema } from '$lib/validation/progress';
import type { RequestHandler } from './$types';

/**
 * Tablets send their queued activity-contract events here. Only a signed-in student may send, and
 * only for themselves; every event is stored once per idempotency key, so retries are harmless.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
	const student = locals.student;
	if (!student) return json({ error: 'Sign in to your class first.' }, { status: 401 });
	const body = await readJson(request, 100 * MAX_EVENT_PAYLOAD_BYTES);
	if (!body.ok) return json({ error: body.error }, { status: body.status });
	const parsed = progressBatchSchema.safeParse(body.value);
	if (!parsed.success)
		return json(
			{ error: 'Invalid events.', issues: parsed.error.issues.slice(0, 5) },
			{ status: 400 }
		);
	if (parsed.data.events.some((e) => JSON.stringify(e.event).length > MAX_EVENT_PAYLOAD_BYTES)) {
		return json({ error: 'An event is too large.' }, { status: 413 });
	}
	const stored = recordEvents(getDb(), student.id, parsed.data);
	if (stored > 0) notifyClassProgress(student.classId);
	return json({ received: parsed.data.events.length, stored });
};
