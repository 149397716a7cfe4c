import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { rateLimits, sessions, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import type { SignupInput } from '../validation/account';
import { changePassword, createUser, logIn, setRole, signUp } from './accounts';
import {
	createSession,
	generateSessionToken,
	sessionIdFromToken,
	validateSessionToken
} from './auth/session';

let db: AppDatabase;
let cleanup: () => void;
let path: string;

beforeEach(() => ({ db, cleanup, path } = createTestDb()));
afterEach(() => cleanup());

const teacher: SignupInput = {
	name: 'Ada Teacher',
	email: '  Ada.Teacher@School.ORG ',
	password: 'spotted-cows-42',
	country: 'ES',
	school: 'Colegio Uno'
};

describe('sign up', () => {
	it('creates a teacher with a normalised email and an argon2id hash, in a real file', async () => {
		const result = await signUp(db, teacher);
		expect(result.ok).toBe(true);
		const row = db.select().from(users).get()!;
		expect(row.email).toBe('ada.teacher@school.org');
		expect(row.role).toBe('teacher');
		expect(row.passwordHash).toMatch(/^\$argon2id\$/);
		expect(row.passwordHash).not.toContain(teacher.password);
		expect(path).toMatch(/test\.db$/);
	});

	it('refuses a second account for the same address in any case or spacing', async () => {
		await signUp(db, teacher);
		const again = await signUp(db, { ...teacher, email: 'ADA.teacher@school.org' });
		expect(again).toEqual({ ok: false, errors: { email: 'email_taken' } });
		expect(db.select().from(users).all()).toHaveLength(1);
	});

	it('refuses a common password and writes nothing', async () => {
		const result = await signUp(db, { ...teacher, password: 'password123' });
		expect(result).toEqual({ ok: false, errors: { password: 'password_common' } });
		expect(db.select().from(users).all()).toHaveLength(0);
	});

	it('never makes an organizer', async () => {
		const result = await signUp(db, teacher);
		expect(result.ok && result.user.role).toBe('teacher');
	});
});

describe('log in', () => {
	beforeEach(async () => {
		await signUp(db, teacher);
	});

	it('accepts the right password with any casing of the email', async () => {
		const result = await logIn(
			db,
			{ email: 'ADA.TEACHER@school.org', password: teacher.password },
			'10.0.0.1'
		);
		expect(result.ok).toBe(true);
	});

	it('gives the same answer for a wrong password and an unknown email', async () => {
		const wrong = await logIn(
			db,
			{ email: teacher.email, password: 'not-the-password' },
			'10.0.0.1'
		);
		const unknown = await logIn(
			db,
			{ email: 'nobody@school.org', password: 'not-the-password' },
			'10.0.0.1'
		);
		expect(wrong).toEqual({ ok: false, reason: 'credentials' });
		expect(unknown).toEqual(wrong);
	});

	it('locks an account after 5 failures, from any IP, with the wait time', async () => {
		const now = new Date('2026-05-01T09:00:00Z');
		const results = [];
		for (let i = 0; i < 5; i++) {
			results.push(
				await logIn(db, { email: teacher.email, password: 'wrong-password' }, `10.0.0.${i}`, now)
			);
		}
		expect(results.slice(0, 4).every((r) => !r.ok && r.reason === 'credentials')).toBe(true);
		expect(results[4]).toEqual({ ok: false, reason: 'rate_limited', retryAfterMs: 15 * 60_000 });

		const right = await logIn(
			db,
			{ email: teacher.email, password: teacher.password },
			'10.9.9.9',
			new Date(now.getTime() + 60_000)
		);
		expect(right).toEqual({ ok: false, reason: 'rate_limited', retryAfterMs: 14 * 60_000 });

		const afterWindow = await logIn(
			db,
			{ email: teacher.email, password: teacher.password },
			'10.9.9.9',
			new Date(now.getTime() + 15 * 60_000)
		);
		expect(afterWindow.ok).toBe(true);
	});

	it('limits unknown addresses the same way, so locking does not reveal which exist', async () => {
		let last;
		for (let i = 0; i < 5; i++)
			last = await logIn(db, { email: 'ghost@school.org', password: 'whatever-1' }, '10.0.1.1');
		expect(last).toMatchObject({ ok: false, reason: 'rate_limited' });
	});

	it('limits one IP trying many accounts', async () => {
		process.env.LOGIN_MAX_FAILURES_PER_IP = '3';
		try {
			for (let i = 0; i < 3; i++)
				await logIn(db, { email: `user${i}@school.org`, password: 'wrong-pass' }, '192.0.2.7');
			const blocked = await logIn(
				db,
				{ email: teacher.email, password: teacher.password },
				'192.0.2.7'
			);
			expect(blocked).toMatchObject({ ok: false, reason: 'rate_limited' });
			const otherIp = await logIn(
				db,
				{ email: teacher.email, password: teacher.password },
				'192.0.2.8'
			);
			expect(otherIp.ok).toBe(true);
		} finally {
			delete process.env.LOGIN_MAX_FAILURES_PER_IP;
		}
	});

	it('clears the account counter after a successful log-in', async () => {
		for (let i = 0; i < 4; i++)
			await logIn(db, { email: teacher.email, password: 'wrong-password' }, '10.0.0.1');
		expect(
			(await logIn(db, { email: teacher.email, password: teacher.password }, '10.0.0.1')).ok
		).toBe(true);
		const accountRow = db
			.select()
			.from(rateLimits)
			.where(eq(rateLimits.key, 'login:account:ada.teacher@school.org'))
			.get();
		expect(accountRow).toBeUndefined();
	});
});

describe('change password', () => {
	it('checks the current password, keeps this session and ends the others', async () => {
		const created = await signUp(db, teacher);
		if (!created.ok) throw new Error('setup failed');
		const here = generateSessionToken();
		const elsewhere = generateSessionToken();
		createSession(db, here, created.user.id);
		createSession(db, elsewhere, created.user.id);
		const hereId = sessionIdFromToken(here);

		const wrong = await changePassword(db, created.user.id, hereId, {
			currentPassword: 'nope-nope',
			newPassword: 'new-spotted-cows',
			confirmPassword: 'new-spotted-cows'
		});
		expect(wrong).toEqual({ ok: false, errors: { currentPassword: 'password_wrong' } });
		expect(db.select().from(sessions).all()).toHaveLength(2);

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
		expect(validateSessionToken(db, here).session).not.toBeNull();
		expect(validateSessionToken(db, elsewhere).session).toBeNull();
		expect(
			(await logIn(db, { email: teacher.email, password: teacher.password }, '1.1.1.1')).ok
		).toBe(false);
		expect(
			(await logIn(db, { email: teacher.email, password: 'new-spotted-cows' }, '1.1.1.1')).ok
		).toBe(true);
	});
});

describe('roles', () => {
	it('creates organizers only through createUser/setRole (the server command)', async () => {
		const organizer = await createUser(db, { ...teacher, email: 'org@dayofai.org' }, 'organizer');
		expect(organizer.ok && organizer.user.role).toBe('organizer');
		await signUp(db, teacher);
		expect(setRole(db, 'ADA.teacher@school.org', 'organizer')?.role).toBe('organizer');
		expect(setRole(db, 'missing@school.org', 'organizer')).toBeUndefined();
	});
});
