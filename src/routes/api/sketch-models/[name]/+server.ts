import { json } from '@sveltejs/kit';
import { sketchModelText } from '#lib/server/sketch-models';
import { config } from '#lib/server/config';
import { apiError } from '#lib/validation/errors';
import type { RequestHandler } from './$types';

const CODES = {
	400: 'invalid',
	404: 'not_found',
	502: 'upstream_failed',
	504: 'upstream_timeout'
} as const;

/** One of Magenta's sketch-rnn models (`.gen.json`), checked before it is served. */
export const GET: RequestHandler = async ({ params }) => {
	const loaded = await sketchModelText(
		{ dir: config.sketchRnnDir, baseUrl: config.sketchRnnUrl },
		params.name
	);
	if (!loaded.ok) {
		// The sentence is for the server's log; the tablet gets a code it translates.
		if (loaded.status >= 500) console.warn(loaded.message);
		return json(apiError(CODES[loaded.status]), { status: loaded.status });
	}
	return new Response(loaded.text, {
		headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=86400' }
	});
};
