import { formatDateTimeIn } from '../i18n/dates';
import { m } from '../paraglide/messages';
import type { Locale } from '../paraglide/runtime';
import { config } from './config';
import type { TrainingSeat, TrainingSession } from './db/schema';
import type { Mail } from './mail';

export type NoticeKind =
	| 'registered'
	| 'waitlisted'
	| 'promoted'
	| 'offered'
	| 'lapsed'
	| 'changed'
	| 'cancelled'
	| 'reminder';

export interface NoticeContext {
	session: TrainingSession;
	to: { seat: TrainingSeat; email: string; name: string; timeZone: string | null };
	position?: number;
	offerExpiresAt?: Date;
}

/** A session's time as a teacher reads it: on their clocks, and on the session's when they differ. */
export function sessionWhen(session: TrainingSession, locale: string, timeZone: string | null) {
	const zone = timeZone ?? session.timeZone;
	const range = (inZone: string) =>
		`${formatDateTimeIn(session.startsAt, locale, inZone)} – ${new Intl.DateTimeFormat(locale, {
			timeStyle: 'short',
			timeZone: inZone
		}).format(session.endsAt)} (${inZone})`;
	return zone === session.timeZone ? range(zone) : `${range(zone)} · ${range(session.timeZone)}`;
}

/** The message for one notice, in the language the teacher registered in. */
export function trainingMail(kind: NoticeKind, context: NoticeContext): Mail {
	const { session, to } = context;
	const locale = to.seat.locale as Locale;
	const options = { locale };
	const page = `${config.publicOrigin}/training/${session.id}`;
	const details = m.training_mail_details(
		{
			title: session.title,
			when: sessionWhen(session, locale, to.timeZone),
			where: [session.onlineUrl, session.place].filter(Boolean).join(' · '),
			facilitator: session.facilitator,
			page,
			calendar: `${page}/calendar.ics`
		},
		options
	);
	const title = { title: session.title };
	const until = context.offerExpiresAt
		? formatDateTimeIn(context.offerExpiresAt, locale, to.timeZone ?? session.timeZone)
		: '';
	const subjects: Record<NoticeKind, string> = {
		registered: m.training_mail_registered_subject(title, options),
		waitlisted: m.training_mail_waitlisted_subject(title, options),
		promoted: m.training_mail_promoted_subject(title, options),
		offered: m.training_mail_offered_subject(title, options),
		lapsed: m.training_mail_lapsed_subject(title, options),
		changed: m.training_mail_changed_subject(title, options),
		cancelled: m.training_mail_cancelled_subject(title, options),
		reminder: m.training_mail_reminder_subject(title, options)
	};
	const leads: Record<NoticeKind, string> = {
		registered: m.training_mail_registered_lead({}, options),
		waitlisted: m.training_mail_waitlisted_lead({ position: context.position ?? 1 }, options),
		promoted: m.training_mail_promoted_lead({}, options),
		offered: m.training_mail_offered_lead({ until }, options),
		lapsed: m.training_mail_lapsed_lead({}, options),
		changed: m.training_mail_changed_lead({}, options),
		cancelled: m.training_mail_cancelled_lead({}, options),
		reminder: m.training_mail_reminder_lead({}, options)
	};
	return {
		to: to.email,
		subject: subjects[kind],
		text: `${m.training_mail_greeting({ name: to.name }, options)}\n\n${leads[kind]}\n\n${details}\n\nDay of AI Classroom`
	};
}
