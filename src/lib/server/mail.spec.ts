import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { outbox } from './db/schema';
import { createTestDb } from './testing/test-db';
import { recentMail, sendMail } from './mail';

let db: AppDatabase;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => {
	delete process.env.SMTP_URL;
	cleanup();
});

/** A minimal SMTP server on loopback: it takes one message, or refuses every recipient. */
async function fakeSmtp(
	refuse = false
): Promise<{ server: Server; port: number; received: string[] }> {
	const received: string[] = [];
	const server = createServer((socket) => {
		let data = false;
		let body = '';
		socket.write('220 fake ESMTP\r\n');
		socket.on('data', (chunk) => {
			for (const line of String(chunk).split('\r\n')) {
				if (data) {
					if (line === '.') {
						data = false;
						received.push(body);
						socket.write('250 queued\r\n');
					} else body += line + '\n';
					continue;
				}
				const command = line.slice(0, 4).toUpperCase();
				if (command === 'EHLO' || command === 'HELO') socket.write('250 fake\r\n');
				else if (command === 'MAIL') socket.write('250 ok\r\n');
				else if (command === 'RCPT') socket.write(refuse ? '550 no such user\r\n' : '250 ok\r\n');
				else if (command === 'DATA') {
					data = true;
					socket.write('354 go ahead\r\n');
				} else if (command === 'QUIT') socket.end('221 bye\r\n');
				else if (line) socket.write('250 ok\r\n');
			}
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	return { server, port: typeof address === 'object' && address ? address.port : 0, received };
}

describe('mail', () => {
	it('without SMTP_URL keeps the message in the outbox, unsent', async () => {
		await sendMail(db, { to: 'ana@school.org', subject: 'Hi', text: 'Link: http://x/1' });
		const [mail] = recentMail(db);
		expect(mail).toMatchObject({ to: 'ana@school.org', subject: 'Hi', sentAt: null, error: null });
	});

	it('with SMTP_URL hands the message to that server and marks it sent', async () => {
		const smtp = await fakeSmtp();
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			await sendMail(db, { to: 'ana@school.org', subject: 'Confirm', text: 'Open http://x/2' });
			expect(smtp.received).toHaveLength(1);
			expect(smtp.received[0]).toContain('Subject: Confirm');
			expect(smtp.received[0]).toContain('Open http://x/2');
			expect(db.select().from(outbox).get()!.sentAt).toBeInstanceOf(Date);
		} finally {
			smtp.server.close();
		}
	});

	it('keeps the error when the server refuses, and the message stays in the outbox', async () => {
		const smtp = await fakeSmtp(true);
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			await sendMail(db, { to: 'ana@school.org', subject: 'Confirm', text: 'x' });
			const row = db.select().from(outbox).get()!;
			expect(row.sentAt).toBeNull();
			expect(row.error).toMatch(/550|no such user|recipient/i);
		} finally {
			smtp.server.close();
		}
	});
});
