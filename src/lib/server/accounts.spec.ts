import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { outbox, rateLimits, sessions, signupRequests, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import type { SignupInput } from '../validation/account';
import {
	SIGNUP_LINK_LIFETIME_MS,
	changePassword,
	confirmSignup,
	createUser,
	isPendingSignup,
	logIn,
	requestSignup,
	setRole
} from './accounts';
import type { Requester } from './join-guard';
import {
	createSession,
	generateSessionToken,
	sessionIdFromToken,
	validateSessionToken
} from './auth/session';
import { first } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let path: string;

beforeEach(async () => ({ db, cleanup, path } = await createTestDb()));
afterEach(() => cleanup());

const teacher: SignupInput = {
	name: 'Ada Teacher',
	email: '  Ada.Teacher@School.ORG ',
	password: 'spotted-cows-42',
	country: 'ES',
	school: 'Colegio Uno'
};

/** The mails a sign-up sends, kept by the test instead of a mail server. */
const mails = {
	confirm: (link: string) => ({ subject: 'confirm', text: `Open ${link}` }),
	existing: () => ({ subject: 'existing', text: 'You have an account already.' })
};
const linkFor = (token: string) => `http://test.example/signup/confirm/${token}`;
const outboxRows = async () => await db.select().from(outbox);
const tokenIn = (text: string) => /confirm\/([a-z2-7]+)/.exec(text)![1]!;

/** A teacher signs up and confirms from the mailed link, as the app does. */
async function signUpAndConfirm(input: SignupInput) {
	const requested = await requestSignup(db, input, '10.0.0.1', mails, linkFor);
	if (!requested.ok) throw new Error(`sign-up refused: ${JSON.stringify(requested)}`);
	const confirmed = await confirmSignup(db, tokenIn((await outboxRows()).at(-1)!.text));
	if (!confirmed.ok) throw new Error(`confirm refused: ${confirmed.reason}`);
	return confirmed;
}

describe('sign up', () => {
	it('creates a teacher from the mailed link, with a normalised email and an argon2id hash, in a real file', async () => {
		const requested = await requestSignup(db, teacher, '10.0.0.1', mails, linkFor);
		expect(requested).toEqual({ ok: true });
		expect(await db.select().from(users)).toHaveLength(0);
		const [mail] = await outboxRows();
		expect(mail).toMatchObject({ to: 'ada.teacher@school.org', subject: 'confirm' });
		const token = tokenIn(mail!.text);
		expect(await isPendingSignup(db, token)).toBe(true);

		const result = await confirmSignup(db, token);
		expect(result.ok).toBe(true);
		const row = (await first(db.select().from(users)))!;
		expect(row.email).toBe('ada.teacher@school.org');
		expect(row.role).toBe('teacher');
		expect(row.passwordHash).toMatch(/^\$argon2id\$/);
		expect(row.passwordHash).not.toContain(teacher.password);
		// A real database: a file of its own, or a database of its own on the PostgreSQL server.
		expect(path).toMatch(
			db.$dialect === 'postgres' ? /^postgres:\/\/.*\/dayofai_test_\w+$/ : /test\.db$/
		);
		// The link works once.
		expect(await confirmSignup(db, token)).toEqual({ ok: false, reason: 'expired' });
		expect(await db.select().from(signupRequests)).toHaveLength(0);
	});

	it('answers a sign-up for an address with an account exactly as for a new one, and mails the owner', async () => {
		await signUpAndConfirm(teacher);
		const again = await requestSignup(
			db,
			{ ...teacher, email: 'ADA.teacher@school.org', password: 'another-password-9' },
			'10.0.0.2',
			mails,
			linkFor
		);
		expect(again).toEqual({ ok: true });
		expect((await outboxRows()).at(-1)).toMatchObject({
			to: 'ada.teacher@school.org',
			subject: 'existing'
		});
		expect(await db.select().from(users)).toHaveLength(1);
		expect(await db.select().from(signupRequests)).toHaveLength(0);
	});

	it('makes one account from two pending sign-ups for one address; the other link no longer works', async () => {
		await requestSignup(db, teacher, '10.0.0.1', mails, linkFor);
		await requestSignup(db, teacher, '10.0.0.1', mails, linkFor);
		const [first, second] = (await outboxRows()).map((mail) => tokenIn(mail.text));
		expect((await confirmSignup(db, second!)).ok).toBe(true);
		expect(await confirmSignup(db, first!)).toEqual({ ok: false, reason: 'expired' });
		expect(await db.select().from(users)).toHaveLength(1);
	});

	it('lets a link expire after a day', async () => {
		const now = new Date('2026-11-25T09:00:00Z');
		await requestSignup(db, teacher, '10.0.0.1', mails, linkFor, now);
		const token = tokenIn((await outboxRows())[0]!.text);
		const later = new Date(now.getTime() + SIGNUP_LINK_LIFETIME_MS + 1);
		expect(await isPendingSignup(db, token, later)).toBe(false);
		expect(await confirmSignup(db, token, later)).toEqual({ ok: false, reason: 'expired' });
		expect(await confirmSignup(db, 'not a token')).toEqual({ ok: false, reason: 'expired' });
	});

	it('keeps a link valid for 24 hours: pending a second before, expired at 24 hours', async () => {
		expect(SIGNUP_LINK_LIFETIME_MS).toBe(24 * 60 * 60 * 1000);
		const now = new Date('2026-11-25T09:00:00Z');
		await requestSignup(db, teacher, '10.0.0.1', mails, linkFor, now);
		const token = tokenIn((await outboxRows())[0]!.text);
		const hours = (h: number, plusMs = 0) => new Date(now.getTime() + h * 3_600_000 + plusMs);
		expect(await isPendingSignup(db, token, hours(24, -1000))).toBe(true);
		expect(await isPendingSignup(db, token, hours(24))).toBe(false);
		expect(await confirmSignup(db, token, hours(24))).toEqual({ ok: false, reason: 'expired' });
		expect((await confirmSignup(db, token, hours(24, -1000))).ok).toBe(true);
	});

	it('refuses a common password and writes nothing', async () => {
		const result = await requestSignup(
			db,
			{ ...teacher, password: 'password123' },
			'10.0.0.1',
			mails,
			linkFor
		);
		expect(result).toEqual({ ok: false, errors: { password: 'password_common' } });
		expect(await db.select().from(users)).toHaveLength(0);
		expect(await outboxRows()).toHaveLength(0);
	});

	it('is rate-limited per IP address, and mails one address at most 3 times an hour', async () => {
		process.env.SIGNUP_MAX_PER_IP = '4';
		try {
			const now = new Date('2026-11-25T09:00:00Z');
			const results = [];
			for (let i = 0; i < 5; i++)
				results.push(
					await requestSignup(
						db,
						{ ...teacher, email: 'x@school.org' },
						'192.0.2.9',
						mails,
						linkFor,
						now
					)
				);
			expect(results.slice(0, 4).every((r) => r.ok)).toBe(true);
			expect(results[4]).toMatchObject({ ok: false, reason: 'rate_limited' });
			// Four sign-ups went through, but the address got three mails.
			expect(await outboxRows()).toHaveLength(3);
			expect(
				await requestSignup(
					db,
					{ ...teacher, email: 'y@school.org' },
					'192.0.2.10',
					mails,
					linkFor,
					now
				)
			).toEqual({ ok: true });
		} finally {
			delete process.env.SIGNUP_MAX_PER_IP;
		}
	});

	it('never makes an organizer', async () => {
		const result = await signUpAndConfirm(teacher);
		expect(result.ok && result.user.role).toBe('teacher');
	});
});

describe('log in', () => {
	beforeEach(async () => {
		await signUpAndConfirm(teacher);
	});
	const at = (ip: string, device: string | null = null): Requester => ({ ip, device });

	it('accepts the right password with any casing of the email', async () => {
		const result = await logIn(
			db,
			{ email: 'ADA.TEACHER@school.org', password: teacher.password },
			at('10.0.0.1')
		);
		expect(result.ok).toBe(true);
	});

	it('gives the same answer for a wrong password and an unknown email', async () => {
		const wrong = await logIn(
			db,
			{ email: teacher.email, password: 'not-the-password' },
			at('10.0.0.1')
		);
		const unknown = await logIn(
			db,
			{ email: 'nobody@school.org', password: 'not-the-password' },
			at('10.0.0.1')
		);
		expect(wrong).toEqual({ ok: false, reason: 'credentials' });
		expect(unknown).toEqual(wrong);
	});

	it('locks an account and IP pair after 5 failures, with the wait time; the owner elsewhere still gets in', async () => {
		const now = new Date('2026-05-01T09:00:00Z');
		const results = [];
		for (let i = 0; i < 5; i++)
			results.push(
				await logIn(db, { email: teacher.email, password: 'wrong-password' }, at('10.0.0.1'), now)
			);
		expect(results.slice(0, 4).every((r) => !r.ok && r.reason === 'credentials')).toBe(true);
		expect(results[4]).toEqual({ ok: false, reason: 'rate_limited', retryAfterMs: 15 * 60_000 });

		const soon = new Date(now.getTime() + 60_000);
		const rightThere = await logIn(
			db,
			{ email: teacher.email, password: teacher.password },
			at('10.0.0.1'),
			soon
		);
		expect(rightThere).toEqual({ ok: false, reason: 'rate_limited', retryAfterMs: 14 * 60_000 });
		// The real owner, at school on another address, is not locked out by the stranger.
		const owner = await logIn(
			db,
			{ email: teacher.email, password: teacher.password },
			at('10.9.9.9'),
			soon
		);
		expect(owner.ok).toBe(true);

		const afterWindow = await logIn(
			db,
			{ email: teacher.email, password: teacher.password },
			at('10.0.0.1'),
			new Date(now.getTime() + 15 * 60_000)
		);
		expect(afterWindow.ok).toBe(true);
	});

	it('backs off an attack spread over many IPs, but never on a browser the owner has used', async () => {
		process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_GLOBAL = '10';
		try {
			const now = new Date('2026-05-01T09:00:00Z');
			// The owner logs in on their laptop once: it is known from now on.
			expect(
				(
					await logIn(
						db,
						{ email: teacher.email, password: teacher.password },
						at('10.1.1.1', 'laptop'),
						now
					)
				).ok
			).toBe(true);
			for (let i = 0; i < 10; i++)
				await logIn(
					db,
					{ email: teacher.email, password: `guess-${i}-xx` },
					at(`198.51.100.${i}`),
					now
				);
			const fromNewPlace = await logIn(
				db,
				{ email: teacher.email, password: teacher.password },
				at('203.0.113.5', 'borrowed'),
				now
			);
			expect(fromNewPlace).toMatchObject({ ok: false, reason: 'rate_limited' });
			const onLaptop = await logIn(
				db,
				{ email: teacher.email, password: teacher.password },
				at('203.0.113.5', 'laptop'),
				now
			);
			expect(onLaptop.ok).toBe(true);
		} finally {
			delete process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_GLOBAL;
		}
	});

	it('limits unknown addresses the same way, so locking does not reveal which exist', async () => {
		let last;
		for (let i = 0; i < 5; i++)
			last = await logIn(db, { email: 'ghost@school.org', password: 'whatever-1' }, at('10.0.1.1'));
		expect(last).toMatchObject({ ok: false, reason: 'rate_limited' });
	});

	it('limits one IP trying many accounts', async () => {
		process.env.LOGIN_MAX_FAILURES_PER_IP = '3';
		try {
			for (let i = 0; i < 3; i++)
				await logIn(db, { email: `user${i}@school.org`, password: 'wrong-pass' }, at('192.0.2.7'));
			const blocked = await logIn(
				db,
				{ email: teacher.email, password: teacher.password },
				at('192.0.2.7')
			);
			expect(blocked).toMatchObject({ ok: false, reason: 'rate_limited' });
			const otherIp = await logIn(
				db,
				{ email: teacher.email, password: teacher.password },
				at('192.0.2.8')
			);
			expect(otherIp.ok).toBe(true);
		} finally {
			delete process.env.LOGIN_MAX_FAILURES_PER_IP;
		}
	});

	it('clears the pair counter after a successful log-in', async () => {
		for (let i = 0; i < 4; i++)
			await logIn(db, { email: teacher.email, password: 'wrong-password' }, at('10.0.0.1'));
		expect(
			(await logIn(db, { email: teacher.email, password: teacher.password }, at('10.0.0.1'))).ok
		).toBe(true);
		const pairRow = await first(
			db
				.select()
				.from(rateLimits)
				.where(eq(rateLimits.key, 'login:pair:ada.teacher@school.org:10.0.0.1'))
		);
		expect(pairRow).toBeUndefined();
	});
});

describe('change password', () => {
	it('checks the current password, keeps this session and ends the others', async () => {
		const created = await signUpAndConfirm(teacher);
		if (!created.ok) throw new Error('setup failed');
		const here = generateSessionToken();
		const elsewhere = generateSessionToken();
		await createSession(db, here, created.user.id);
		await createSession(db, elsewhere, created.user.id);
		const hereId = sessionIdFromToken(here);

		const wrong = await changePassword(db, created.user.id, hereId, {
			currentPassword: 'nope-nope',
			newPassword: 'new-spotted-cows',
			confirmPassword: 'new-spotted-cows'
		});
		expect(wrong).toEqual({ ok: false, errors: { currentPassword: 'password_wrong' } });
		expect(await db.select().from(sessions)).toHaveLength(2);

		const common = await changePassword(db, created.user.id, hereId, {
			currentPassword: teacher.password,
			newPassword: 'iloveyou',
			confirmPassword: 'iloveyou'
		});
		expect(common).toEqual({ ok: false, errors: { newPassword: 'password_common' } });

		const ok = await changePassword(db, created.user.id, hereId, {
			currentPassword: teacher.password,
			newPassword: 'new-spotted-cows',
			confirmPassword: 'new-spotted-cows'
		});
		expect(ok).toEqual({ ok: true });
		expect((await validateSessionToken(db, here)).session).not.toBeNull();
		expect((await validateSessionToken(db, elsewhere)).session).toBeNull();
		expect(
			(
				await logIn(
					db,
					{ email: teacher.email, password: teacher.password },
					{ ip: '1.1.1.1', device: null }
				)
			).ok
		).toBe(false);
		expect(
			(
				await logIn(
					db,
					{ email: teacher.email, password: 'new-spotted-cows' },
					{ ip: '1.1.1.1', device: null }
				)
			).ok
		).toBe(true);
	});
});

describe('roles', () => {
	it('creates organizers only through createUser/setRole (the server command)', async () => {
		const organizer = await createUser(db, { ...teacher, email: 'org@dayofai.org' }, 'organizer');
		expect(organizer.ok && organizer.user.role).toBe('organizer');
		await signUpAndConfirm(teacher);
		expect((await setRole(db, 'ADA.teacher@school.org', 'organizer'))?.role).toBe('organizer');
		expect(await setRole(db, 'missing@school.org', 'organizer')).toBeUndefined();
	});
});
