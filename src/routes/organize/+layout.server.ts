import { requireRole } from '#lib/server/http/guards';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
	requireRole(event, 'organizer');
};
