import { desc, eq } from 'drizzle-orm';
import { createTransport, type Transporter } from 'nodemailer';
import { config } from './config';
import type { AppDatabase } from './db/client';
import { outbox } from './db/schema';
import { generateId } from './ids';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

let transport: { url: string; transporter: Transporter } | null = null;

function smtp(url: string): Transporter {
	if (transport?.url !== url) transport = { url, transporter: createTransport(url) };
	return transport.transporter;
}

/**
 * The app's one way to send mail. Every message is kept in the outbox first; with SMTP_URL set it
 * is then handed to that server (and marked sent, or its error kept), otherwise it stays there for
 * organizers to read and is printed in the server console.
 */
export async function sendMail(db: AppDatabase, mail: Mail): Promise<void> {
	const id = generateId();
	db.insert(outbox).values({ id, to: mail.to, subject: mail.subject, text: mail.text }).run();
	const url = config.smtpUrl;
	if (!url) {
		console.log(
			`\n[mail, no SMTP_URL: kept in the outbox] To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`
		);
		return;
	}
	try {
		await smtp(url).sendMail({ from: config.mailFrom, ...mail });
		db.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, id)).run();
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		db.update(outbox)
			.set({ error: message.slice(0, 500) })
			.where(eq(outbox.id, id))
			.run();
		console.error(`Mail to ${mail.to} could not be sent: ${message}`);
	}
}

/** The newest mails, for the organizers' outbox page. */
export function recentMail(db: AppDatabase, limit = 100) {
	return db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit).all();
}
