import { requireRole } from '#lib/server/http/guards';
import { getDb } from '#lib/server/db';
import { recentMail } from '#lib/server/mail';
import { formatDateTime } from '#lib/i18n/dates';
import type { PageServerLoad } from './$types';

/** The in-app outbox: every mail the app sent, for organizers only. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organizer');
	return {
		mails: (await recentMail(getDb())).map((mail) => ({
			id: mail.id,
			to: mail.to,
			subject: mail.subject,
			text: mail.text,
			at: formatDateTime(mail.createdAt, event.locals.locale),
			sent: mail.sentAt !== null,
			error: mail.error
		}))
	};
};
