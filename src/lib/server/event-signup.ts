import { eventStatus } from '../registrations/event';
import { emailKey, type Registration } from '../registrations/registration';
import { config } from './config';
import type { AppDatabase } from './db/client';
import type { DayOfAiEvent } from './db/schema';
import { generateSessionToken, sessionIdFromToken } from './auth/session';
import { registerForEvent } from './events';
import { checkFormTicket } from './form-ticket';
import { takeFromAllowance, type RateLimitRule } from './rate-limit';

/** The purpose the event form's time-to-submit tickets are signed for. */
export const REGISTRATION_TICKET = 'event-registration';
/** One address may change its registration this often: enough for mistakes, not for flooding. */
export const CHANGES_PER_ADDRESS: RateLimitRule = { max: 10, windowMs: 60 * 60_000 };

export interface SubmissionGuards {
	ip: string;
	/** The signed time the form was drawn (`issueFormTicket`). */
	ticket: string;
	/** The hidden field people never see; anything in it is a bot's. */
	honeypot: string;
}

export type SubmissionResult =
	| { ok: true; created: boolean; forgetToken: string }
	| { ok: false; reason: 'not_open' | 'spam' | 'too_fast' | 'form_expired' }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number };

/**
 * A registration sent from the public page, behind the spam checks that need no outside service:
 * the event must be open, the honeypot empty, the form older than `REGISTRATION_MIN_SECONDS` and
 * its ticket genuine; then the IP address's hourly allowance (generous: a school's staff share
 * one) and the address's own. Returns a fresh "delete my data" token for the confirmation mail.
 */
export async function submitRegistration(
	db: AppDatabase,
	event: DayOfAiEvent,
	registration: Registration,
	guards: SubmissionGuards,
	now = new Date()
): Promise<SubmissionResult> {
	if (eventStatus(event, now) !== 'open') return { ok: false, reason: 'not_open' };
	if (guards.honeypot.trim() !== '') return { ok: false, reason: 'spam' };
	const ticket = checkFormTicket(
		guards.ticket,
		REGISTRATION_TICKET,
		config.registrationMinSeconds * 1000,
		now
	);
	if (ticket === 'too_fast') return { ok: false, reason: 'too_fast' };
	if (ticket !== 'ok') return { ok: false, reason: 'form_expired' };
	const hour = 60 * 60_000;
	// One transaction for the limits and the write: one commit per registration.
	return db.transaction(async (tx): Promise<SubmissionResult> => {
		const inTx = tx as unknown as AppDatabase;
		for (const [key, rule] of [
			[`register:ip:${guards.ip}`, { max: config.registrationMaxPerIp, windowMs: hour }],
			[`register:mail:${event.id}:${emailKey(registration.email)}`, CHANGES_PER_ADDRESS]
		] as const) {
			const state = await takeFromAllowance(inTx, key, rule, 1, now);
			if (state.limited)
				return { ok: false, reason: 'rate_limited', retryAfterMs: state.retryAfterMs };
		}
		const forgetToken = generateSessionToken();
		const stored = await registerForEvent(
			inTx,
			event.id,
			registration,
			now,
			sessionIdFromToken(forgetToken)
		);
		return { ok: true, created: stored.created, forgetToken };
	});
}
