import { json } from '@sveltejs/kit';
import { sketchModelList } from '#lib/server/sketch-models';
import { config } from '#lib/server/config';
import type { RequestHandler } from './$types';

/**
 * The drawing models this server offers to "The AI draws": the project's own cow model always,
 * and Magenta's sketch-rnn models when a folder or a download address is configured. Public, like
 * the models themselves.
 */
export const GET: RequestHandler = () =>
	json(
		{ models: sketchModelList({ dir: config.sketchRnnDir, baseUrl: config.sketchRnnUrl }) },
		{ headers: { 'cache-control': 'public, max-age=300' } }
	);
