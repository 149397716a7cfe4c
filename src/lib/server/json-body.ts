import { parseJson } from '../validation/json';

export type JsonBody =
	{ ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

/**
 * A request's JSON body, refused when it is larger than `maxBytes`, nests deeper than any payload
 * of ours, or is not JSON.
 */
export async function readJson(request: Request, maxBytes: number): Promise<JsonBody> {
	let text: string;
	try {
		text = await request.text();
	} catch {
		return { ok: false, status: 400, error: 'The body could not be read.' };
	}
	if (Buffer.byteLength(text) > maxBytes)
		return { ok: false, status: 413, error: 'Too much at once.' };
	const parsed = parseJson(text);
	if (!parsed.ok)
		return {
			ok: false,
			status: 400,
			error: parsed.error === 'too_deep' ? 'The body nests too deeply.' : 'The body must be JSON.'
		};
	return { ok: true, value: parsed.value };
}
