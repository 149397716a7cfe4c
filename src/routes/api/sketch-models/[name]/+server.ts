import { json } from '@sveltejs/kit';
import { sketchModelText } from '#lib/server/sketch-models';
import { config } from '#lib/server/config';
import type { RequestHandler } from './$types';

/** One of Magenta's sketch-rnn models (`.gen.json`), checked before it is served. */
export const GET: RequestHandler = async ({ params }) => {
	const loaded = await sketchModelText(
		{ dir: config.sketchRnnDir, baseUrl: config.sketchRnnUrl },
		params.name
	);
	if (!loaded.ok) return json({ error: loaded.message }, { status: loaded.status });
	return new Response(loaded.text, {
		headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=86400' }
	});
};
