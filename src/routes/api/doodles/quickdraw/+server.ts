import { json } from '@sveltejs/kit';
import { realDoodles } from '#lib/server/quickdraw-set';
import { apiError } from '#lib/validation/errors';
import type { RequestHandler } from './$types';

/**
 * Real Quick, Draw! drawings for the spotted-cows lab, when this server has them. The dataset is
 * public (CC BY 4.0), so no sign-in is needed; tablets keep the answer for an hour.
 */
export const GET: RequestHandler = async () => {
	const items = await realDoodles();
	if (!items) return json(apiError('no_data'), { status: 404 });
	return json({ items }, { headers: { 'cache-control': 'public, max-age=3600' } });
};
