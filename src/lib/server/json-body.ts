export type JsonBody =
	{ ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

/** A request's JSON body, refused when it is larger than `maxBytes` or not JSON. */
export async function readJson(request: Request, maxBytes: number): Promise<JsonBody> {
	let text: string;
	try {
		text = await request.text();
	} catch {
		return { ok: false, status: 400, error: 'The body could not be read.' };
	}
	if (new TextEncoder().encode(text).length > maxBytes)
		return { ok: false, status: 413, error: 'Too much at once.' };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false, status: 400, error: 'The body must be JSON.' };
	}
}
