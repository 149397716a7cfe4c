import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { createTransport, type Transporter } from 'nodemailer';
import { config } from './config';
import type { AppDatabase } from './db/client';
import { outbox } from './db/schema';
import { generateId } from './ids';
import { run } from './db/query';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

/** Waits before each try to hand a message to the SMTP server: at once, then 30 s, 5 and 30 min. */
export const RETRY_DELAYS_MS = [0, 30_000, 5 * 60_000, 30 * 60_000] as const;
/** Messages older than this are not tried again after a restart. */
const RESUME_WINDOW_MS = 24 * 60 * 60_000;
/** How long a process's claim on a message lasts beyond its next try (a stopped process's lapses). */
export const CLAIM_MS = 2 * 60_000;
/** How often the outbox is looked through for mail no process is delivering. */
export const MAIL_RESUME_INTERVAL_MS = 5 * 60_000;
/** This process, as the claimant of the messages it delivers. */
const PROCESS = generateId();

let transport: { url: string; transporter: Transporter } | null = null;

function smtp(url: string): Transporter {
	if (transport?.url !== url) transport = { url, transporter: createTransport(url) };
	return transport.transporter;
}

function wait(ms: number): Promise<void> {
	if (ms <= 0) return Promise.resolve();
	return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * Tries to hand one outbox message to the SMTP server, from try number `attempts` on, until it is
 * taken or the schedule runs out; each try and its error are kept on the row.
 */
async function deliver(
	db: AppDatabase,
	id: string,
	mail: Mail,
	url: string,
	delays: readonly number[],
	attempts: number,
	claimant = PROCESS
): Promise<void> {
	for (let attempt = attempts; attempt < delays.length; attempt++) {
		const delay = delays[attempt] ?? 0;
		// Hold the message through the wait; another process that holds it already keeps it.
		if (!(await claim(db, id, new Date(Date.now() + delay + CLAIM_MS), claimant))) return;
		await wait(delay);
		try {
			await smtp(url).sendMail({ from: config.mailFrom, ...mail });
			await run(
				db
					.update(outbox)
					.set({ sentAt: new Date(), error: null, attempts: attempt + 1 })
					.where(eq(outbox.id, id))
			);
			return;
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			await run(
				db
					.update(outbox)
					.set({ error: message.slice(0, 500), attempts: attempt + 1 })
					.where(eq(outbox.id, id))
			);
			console.error(`Mail to ${mail.to} could not be sent (try ${attempt + 1}): ${message}`);
		}
	}
}

/**
 * Claims a message for this process until `until`, unless it is sent or another process holds
 * a claim that has not lapsed. One statement: of two processes claiming at once, one gets it.
 */
async function claim(db: AppDatabase, id: string, until: Date, claimant: string): Promise<boolean> {
	const now = new Date();
	const { changes } = await run(
		db
			.update(outbox)
			.set({ claimedBy: claimant, claimedUntil: until })
			.where(
				and(
					eq(outbox.id, id),
					isNull(outbox.sentAt),
					or(
						eq(outbox.claimedBy, claimant),
						isNull(outbox.claimedUntil),
						lt(outbox.claimedUntil, now)
					)
				)
			)
	);
	return changes === 1;
}

export interface QueuedMail {
	id: string;
	mail: Mail;
}

/**
 * Keeps a message in the outbox and nothing more, so it can be written in the caller's transaction
 * with the record it is about; hand it to `deliverQueued` once that transaction has committed.
 */
export async function queueMail(db: AppDatabase, mail: Mail): Promise<QueuedMail> {
	const id = generateId();
	await run(
		db.insert(outbox).values({
			id,
			to: mail.to,
			subject: mail.subject,
			text: mail.text,
			claimedBy: PROCESS,
			claimedUntil: new Date(Date.now() + CLAIM_MS)
		})
	);
	return { id, mail };
}

/** Starts delivering queued messages in the background (see `sendMail`). */
export function deliverQueued(
	db: AppDatabase,
	queued: readonly QueuedMail[],
	delays: readonly number[] = RETRY_DELAYS_MS
): Promise<void> {
	const url = config.smtpUrl;
	if (!url) {
		for (const { mail } of queued) {
			console.log(
				`\n[mail, no SMTP_URL: kept in the outbox] To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`
			);
		}
		return Promise.resolve();
	}
	return Promise.all(
		queued.map(async ({ id, mail }) => deliver(db, id, mail, url, delays, 0))
	).then(() => undefined);
}

/**
 * The app's one way to send mail, which never makes a request wait: the message is kept in the
 * outbox (when this resolves); with SMTP_URL set it is then handed to that server in the
 * background, tried again on the `RETRY_DELAYS_MS` schedule when it fails, otherwise it stays in
 * the outbox for organizers to read and is printed in the server console. `delivered` settles
 * when delivery is done or given up (tests await it; request handlers do not).
 */
export async function sendMail(
	db: AppDatabase,
	mail: Mail,
	delays: readonly number[] = RETRY_DELAYS_MS
): Promise<{ delivered: Promise<void> }> {
	const queued = await queueMail(db, mail);
	return { delivered: deliverQueued(db, [queued], delays) };
}

/**
 * Takes up the messages of the last day that the SMTP server has not taken yet, whose tries are
 * not used up and that no running process holds: after a restart, and every few minutes for what
 * a stopped process left. Each is claimed before its try, so two processes resuming at once send
 * it once. Resolves when every one is done or given up.
 */
export async function resumeMailDelivery(
	db: AppDatabase,
	now = new Date(),
	delays: readonly number[] = RETRY_DELAYS_MS,
	/** Who delivers (this process; tests name two). */
	claimant = PROCESS
): Promise<number> {
	const url = config.smtpUrl;
	if (!url) return 0;
	const waiting = await db
		.select()
		.from(outbox)
		.where(
			and(
				isNull(outbox.sentAt),
				lt(outbox.attempts, delays.length),
				gt(outbox.createdAt, new Date(now.getTime() - RESUME_WINDOW_MS)),
				// Not held by a process still delivering it (its claim lapses if it stopped).
				or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, now))
			)
		);
	await Promise.all(
		waiting.map(async (row) =>
			deliver(
				db,
				row.id,
				{ to: row.to, subject: row.subject, text: row.text },
				url,
				delays,
				row.attempts,
				claimant
			)
		)
	);
	return waiting.length;
}

/** The newest mails, for the organizers' outbox page. */
export async function recentMail(db: AppDatabase, limit = 100) {
	return await db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);
}
