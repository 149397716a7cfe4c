import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { materialFile } from '#lib/server/training-materials';
import { requireUser } from '#lib/server/http/guards';
import type { RequestHandler } from './$types';

/** A material file, for signed-in teachers and organizers; always a download, never rendered. */
export const GET: RequestHandler = async (event) => {
	requireUser(event);
	const material = await materialFile(getDb(), event.params.id, event.params.material);
	if (!material) error(404, 'not_found');
	return new Response(new Uint8Array(material.content), {
		headers: {
			'content-type': material.contentType,
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(material.fileName)}`,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, max-age=300'
		}
	});
};
