import { parseJson } from '../validation/json';
import type { ApiErrorCode } from '../validation/errors';

export type JsonBody =
	| { ok: true; value: unknown }
	| {
			ok: false;
			status: 400 | 413;
			code: Extract<ApiErrorCode, 'unreadable' | 'too_large' | 'too_deep' | 'not_json'>;
	  };

/**
 * A request's JSON body, refused when it is larger than `maxBytes`, nests deeper than any payload
 * of ours, or is not JSON. A refusal carries the error code the endpoint answers.
 */
export async function readJson(request: Request, maxBytes: number): Promise<JsonBody> {
	let text: string;
	try {
		text = await request.text();
	} catch {
		return { ok: false, status: 400, code: 'unreadable' };
	}
	if (Buffer.byteLength(text) > maxBytes) return { ok: false, status: 413, code: 'too_large' };
	const parsed = parseJson(text);
	if (!parsed.ok) return { ok: false, status: 400, code: parsed.error };
	return { ok: true, value: parsed.value };
}
