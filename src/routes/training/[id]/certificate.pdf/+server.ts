import { error } from '@sveltejs/kit';
import { certificatePdf } from '#lib/server/certificate-pdf';
import { getDb } from '#lib/server/db';
import { requireUser } from '#lib/server/http/guards';
import { sessionById } from '#lib/server/training';
import { certificateFor } from '#lib/server/training-attendance';
import type { RequestHandler } from './$types';

/** The signed-in teacher's own certificate; nobody else's, and only after they attended. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const session = await sessionById(db, event.params.id);
	if (!session) error(404, 'not_found');
	const facts = await certificateFor(db, session, user.id);
	if (!facts) error(404, 'not_found');
	const pdf = await certificatePdf(
		facts,
		event.locals.locale,
		`${event.url.origin}/certificates/${facts.code}`
	);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="day-of-ai-certificate-${facts.code}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
