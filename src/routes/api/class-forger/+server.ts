import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '#lib/server/db';
import { classForger, MAX_FORGER_ITERATIONS, shareForger } from '#lib/server/class-forgers';
import { studentEndpoint } from '#lib/server/http/guards';
import { FORGER_DATA, MAX_FORGER_BYTES } from '#lib/gan/forger';
import { apiError } from '#lib/validation/errors';
import type { RequestHandler } from './$types';

/**
 * The signed-in student's class forger (the picture GAN a classmate shared), as its generator
 * file; what it learned from and how long it trained come in headers. 404 when the class has none.
 */
export const GET: RequestHandler = studentEndpoint(async (_event, student) => {
	const forger = await classForger(getDb(), student.classId);
	if (!forger) return json(apiError('not_found'), { status: 404 });
	return new Response(forger.weights as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/octet-stream',
			'cache-control': 'no-store',
			'x-forger-data': forger.data,
			'x-forger-iterations': String(forger.iterations)
		}
	});
});

const shareQuery = z.object({
	data: z.enum(FORGER_DATA),
	iterations: z.coerce.number().int().min(1).max(MAX_FORGER_ITERATIONS)
});

/** Reads at most `max` bytes of the body; null when it is longer or does not arrive whole. */
async function readBytes(request: Request, max: number): Promise<Uint8Array | 'too_large' | null> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > max) return 'too_large';
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			length += value.byteLength;
			if (length > max) {
				await reader.cancel();
				return 'too_large';
			}
			chunks.push(value);
		}
	} catch {
		return null;
	}
	const bytes = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/**
 * A student shares the generator they trained as the class's forger: the body is the generator
 * file, `?data=faces|cows|drawings&iterations=N` says what it learned from. Checked whole first:
 * 415 for a body not sent as
 * `application/octet-stream`, 400 for what is not a generator of ours or does not fit its pictures, 413 past the largest
 * one, 429 for too many shares; nothing is stored then.
 */
export const POST: RequestHandler = studentEndpoint(async ({ request, url }, student) => {
	// A generator file, said so: a page elsewhere cannot send one without asking first (CORS).
	if (request.headers.get('content-type') !== 'application/octet-stream')
		return json(apiError('invalid'), { status: 415 });
	const query = shareQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success)
		return json(apiError('invalid', { issues: query.error.issues.slice(0, 5) }), { status: 400 });
	const bytes = await readBytes(request, MAX_FORGER_BYTES);
	if (bytes === 'too_large') return json(apiError('too_large'), { status: 413 });
	if (bytes === null) return json(apiError('unreadable'), { status: 400 });
	const shared = await shareForger(getDb(), student, { ...query.data, bytes });
	if (!shared.ok) {
		if (shared.problem === 'rate_limited')
			return json(apiError('rate_limited'), {
				status: 429,
				headers: { 'Retry-After': String(Math.ceil(shared.retryAfterMs / 1000)) }
			});
		return json(apiError(shared.problem), { status: 400 });
	}
	return json({ shared: true }, { status: 201 });
});
