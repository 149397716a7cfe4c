import { json } from '@sveltejs/kit';
import { realDoodles } from '#lib/server/quickdraw-set';
import type { RequestHandler } from './$types';

/**
 * Real Quick, Draw! drawings for the spotted-cows lab, when this server has them. The dataset is
 * public (CC BY 4.0), so no sign-in is needed; tablets keep the answer for an hour. A server
 * without them says so with a 200 (`available: false`), so the lab never logs a failed request.
 */
export const GET: RequestHandler = async () => {
	const items = await realDoodles();
	if (!items)
		return json(
			{ available: false, items: [] },
			{ headers: { 'cache-control': 'public, max-age=300' } }
		);
	return json({ available: true, items }, { headers: { 'cache-control': 'public, max-age=3600' } });
};
