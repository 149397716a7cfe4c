import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from './db/client';
import { openPostgres } from './db/postgres';
import { outbox } from './db/schema';
import { createTestDb } from './testing/test-db';
import { recentMail, resumeMailDelivery, sendMail } from './mail';
import { first, run } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let path: string;
beforeEach(async () => ({ db, cleanup, path } = await createTestDb()));
afterEach(async () => {
	delete process.env.SMTP_URL;
	await cleanup();
});

/** A minimal SMTP server on loopback: it takes one message, or refuses every recipient. */
async function fakeSmtp(
	refuse: boolean | number = false,
	/** Until this settles, a message sent is not yet taken (the server holds its answer). */
	hold: Promise<void> = Promise.resolve()
): Promise<{ server: Server; port: number; received: string[] }> {
	const received: string[] = [];
	// A number: refuse that many recipients first, then take messages.
	let refusals = refuse === true ? Infinity : refuse === false ? 0 : refuse;
	const server = createServer((socket) => {
		let data = false;
		let body = '';
		socket.write('220 fake ESMTP\r\n');
		socket.on('data', (chunk) => {
			for (const line of String(chunk).split('\r\n')) {
				if (data) {
					if (line === '.') {
						data = false;
						const message = body;
						void hold.then(() => {
							received.push(message);
							socket.write('250 queued\r\n');
						});
					} else body += line + '\n';
					continue;
				}
				const command = line.slice(0, 4).toUpperCase();
				if (command === 'EHLO' || command === 'HELO') socket.write('250 fake\r\n');
				else if (command === 'MAIL') socket.write('250 ok\r\n');
				else if (command === 'RCPT') {
					if (refusals > 0) {
						refusals--;
						socket.write('451 try again later\r\n');
					} else socket.write('250 ok\r\n');
				} else if (command === 'DATA') {
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
		const [mail] = await recentMail(db);
		expect(mail).toMatchObject({ to: 'ana@school.org', subject: 'Hi', sentAt: null, error: null });
	});

	it('with SMTP_URL hands the message to that server and marks it sent', async () => {
		const smtp = await fakeSmtp();
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			await (
				await sendMail(db, { to: 'ana@school.org', subject: 'Confirm', text: 'Open http://x/2' })
			).delivered;
			expect(smtp.received).toHaveLength(1);
			expect(smtp.received[0]).toContain('Subject: Confirm');
			expect(smtp.received[0]).toContain('Open http://x/2');
			expect((await first(db.select().from(outbox)))!.sentAt).toBeInstanceOf(Date);
		} finally {
			smtp.server.close();
		}
	});

	it('keeps the error when the server refuses, and the message stays in the outbox', async () => {
		const smtp = await fakeSmtp(true);
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			await (
				await sendMail(db, { to: 'ana@school.org', subject: 'Confirm', text: 'x' }, [0])
			).delivered;
			const row = (await first(db.select().from(outbox)))!;
			expect(row.sentAt).toBeNull();
			expect(row.error).toMatch(/451|try again|recipient/i);
		} finally {
			smtp.server.close();
		}
	});

	it('never makes the caller wait: the message is in the outbox before delivery starts', async () => {
		let release = () => {};
		const smtp = await fakeSmtp(false, new Promise((resolve) => (release = resolve)));
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			const { delivered } = await sendMail(db, { to: 'ana@school.org', subject: 'Now', text: 'x' });
			expect(await first(db.select().from(outbox))).toMatchObject({
				subject: 'Now',
				sentAt: null,
				attempts: 0
			});
			release();
			await delivered;
			expect((await first(db.select().from(outbox)))!.sentAt).toBeInstanceOf(Date);
		} finally {
			smtp.server.close();
		}
	});

	it('tries again on the schedule when the server refuses, and keeps each try', async () => {
		const smtp = await fakeSmtp(2);
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			await (
				await sendMail(
					db,
					{ to: 'ana@school.org', subject: 'Third time', text: 'x' },
					[0, 10, 10, 10]
				)
			).delivered;
			const row = (await first(db.select().from(outbox)))!;
			expect(row.attempts).toBe(3);
			expect(row.sentAt).toBeInstanceOf(Date);
			expect(row.error).toBeNull();
			expect(smtp.received).toHaveLength(1);
		} finally {
			smtp.server.close();
		}
	});

	it('gives up when the tries are used up, keeping the last error', async () => {
		const smtp = await fakeSmtp(true);
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			await (
				await sendMail(db, { to: 'ana@school.org', subject: 'Never', text: 'x' }, [0, 10])
			).delivered;
			const row = (await first(db.select().from(outbox)))!;
			expect(row).toMatchObject({ attempts: 2, sentAt: null });
			expect(row.error).toMatch(/451|try again/i);
		} finally {
			smtp.server.close();
		}
	});

	it('after a restart, takes up the messages of the last day that are not delivered', async () => {
		const now = new Date();
		await run(
			db.insert(outbox).values([
				{
					id: 'waiting',
					to: 'a@x.org',
					subject: 'Waiting',
					text: 'x',
					attempts: 1,
					createdAt: now
				},
				{ id: 'spent', to: 'b@x.org', subject: 'Spent', text: 'x', attempts: 4, createdAt: now },
				{
					id: 'old',
					to: 'c@x.org',
					subject: 'Old',
					text: 'x',
					attempts: 0,
					createdAt: new Date(now.getTime() - 2 * 86_400_000)
				}
			])
		);
		expect(await resumeMailDelivery(db, now)).toBe(0);
		const smtp = await fakeSmtp();
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			expect(await resumeMailDelivery(db, now, [0, 0, 0, 0])).toBe(1);
			expect(smtp.received).toHaveLength(1);
			expect(smtp.received[0]).toContain('Subject: Waiting');
		} finally {
			smtp.server.close();
		}
	});
});

describe('mail with several app processes', () => {
	const waiting = (id: string, claim: { claimedBy?: string; claimedUntil?: Date } = {}) => ({
		id,
		to: `${id}@x.org`,
		subject: `Subject ${id}`,
		text: 'x',
		attempts: 1,
		createdAt: new Date(),
		...claim
	});

	it('two processes taking up the outbox at the same moment deliver each message once', async () => {
		const other = db.$dialect === 'postgres' ? openPostgres(path, { max: 4 }) : openDatabase(path);
		const lapsed = { claimedBy: 'a stopped process', claimedUntil: new Date(Date.now() - 1000) };
		await run(
			db.insert(outbox).values([waiting('m1'), waiting('m2', lapsed), waiting('m3', lapsed)])
		);
		const smtp = await fakeSmtp();
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			await Promise.all([
				resumeMailDelivery(db, new Date(), [0, 0, 0, 0], 'process A'),
				resumeMailDelivery(other, new Date(), [0, 0, 0, 0], 'process B')
			]);
			expect(smtp.received.map((m) => /Subject: (.*)/.exec(m)![1]).sort()).toEqual([
				'Subject m1',
				'Subject m2',
				'Subject m3'
			]);
			const rows = await db.select().from(outbox);
			expect(rows.every((row) => row.sentAt instanceof Date && row.attempts === 2)).toBe(true);
		} finally {
			smtp.server.close();
			await other.$close();
		}
	});

	it('leaves a message to the process still delivering it, and takes it up once its claim lapses', async () => {
		const until = new Date(Date.now() + 60_000);
		await run(
			db.insert(outbox).values(waiting('busy', { claimedBy: 'process A', claimedUntil: until }))
		);
		const smtp = await fakeSmtp();
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
		try {
			expect(await resumeMailDelivery(db, new Date(), [0, 0, 0, 0], 'process B')).toBe(0);
			expect(smtp.received).toHaveLength(0);
			// Process A stopped: a minute later its claim has lapsed.
			await run(db.update(outbox).set({ claimedUntil: new Date(Date.now() - 1) }));
			expect(await resumeMailDelivery(db, new Date(), [0, 0, 0, 0], 'process B')).toBe(1);
			expect(smtp.received).toHaveLength(1);
			expect((await first(db.select().from(outbox)))!.claimedBy).toBe('process B');
		} finally {
			smtp.server.close();
		}
	});
});
