import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { config } from './config';

/**
 * Time-to-submit for public forms, without a third-party service: the page carries a ticket that
 * says when it was drawn, signed by the server, and a form sent sooner than a person could fill it
 * (or with a ticket older than a day, or forged) is refused. The key comes from FORM_SECRET, so
 * every app process accepts the others' tickets; unset, each process makes its own.
 */
export const TICKET_LIFETIME_MS = 24 * 60 * 60_000;

let processKey: Buffer | null = null;

function key(): Buffer {
	const secret = config.formSecret;
	if (secret) return Buffer.from(secret);
	processKey ??= randomBytes(32);
	return processKey;
}

function sign(payload: string): string {
	return createHmac('sha256', key()).update(payload).digest('base64url');
}

/** A ticket for a form drawn at `now`, for the form named `purpose`. */
export function issueFormTicket(purpose: string, now = new Date()): string {
	const payload = `${purpose}.${now.getTime()}`;
	return `${now.getTime()}.${sign(payload)}`;
}

export type TicketCheck = 'ok' | 'too_fast' | 'expired' | 'invalid';

export function checkFormTicket(
	ticket: string,
	purpose: string,
	minimumMs: number,
	now = new Date()
): TicketCheck {
	const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(ticket);
	if (!match) return 'invalid';
	const issuedAt = Number(match[1]);
	const expected = Buffer.from(sign(`${purpose}.${issuedAt}`));
	const given = Buffer.from(match[2] ?? '');
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
	const age = now.getTime() - issuedAt;
	if (age < 0 || age > TICKET_LIFETIME_MS) return 'expired';
	return age < minimumMs ? 'too_fast' : 'ok';
}
