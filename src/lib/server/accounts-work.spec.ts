// "The work done is the same either way": argon2 calls counted for known and unknown addresses.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from './db/client';
import { createTestDb } from './testing/test-db';
import type { SignupInput } from '../validation/account';
import { confirmSignup, logIn, requestSignup } from './accounts';
import { outbox } from './db/schema';
import {} from './db/query';

const argon2 = vi.hoisted(() => ({ hash: [] as string[], verify: [] as string[] }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
	const actual = await importOriginal<typeof import('@node-rs/argon2')>();
	return {
		...actual,
		hash: vi.fn((...args: Parameters<typeof actual.hash>) => {
			argon2.hash.push(String(args[0]));
			return actual.hash(...args);
		}),
		verify: vi.fn((...args: Parameters<typeof actual.verify>) => {
			argon2.verify.push(String(args[0]));
			return actual.verify(...args);
		})
	};
});

let db: AppDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await createTestDb()));
afterEach(() => cleanup());

const teacher: SignupInput = {
	name: 'Ada Teacher',
	email: 'ada@school.org',
	password: 'spotted-cows-42',
	country: 'ES',
	school: 'Colegio Uno'
};
const mails = {
	confirm: (link: string) => ({ subject: 'confirm', text: `Open ${link}` }),
	existing: () => ({ subject: 'existing', text: 'You have an account already.' })
};
const linkFor = (token: string) => `http://test.example/signup/confirm/${token}`;
const at = { ip: '10.0.0.1', device: null };
/** The cost parameters of an encoded argon2 hash: `$argon2id$v=19$m=…,t=…,p=…`. */
const costOf = (encoded: string) => encoded.split('$').slice(0, 4).join('$');

async function signUpAndConfirm() {
	await requestSignup(db, teacher, '10.0.0.1', mails, linkFor);
	const text = (await db.select().from(outbox)).at(-1)!.text;
	const confirmed = await confirmSignup(db, /confirm\/([a-z2-7]+)/.exec(text)![1]!);
	if (!confirmed.ok) throw new Error(confirmed.reason);
}
function resetCounts() {
	argon2.hash.length = 0;
	argon2.verify.length = 0;
}

describe('argon2 work per request', () => {
	it('a log-in for an unknown email runs one argon2 verification at the same cost as a known one', async () => {
		await signUpAndConfirm();
		// The throw-away hash is made once per process; warm it so only verifications are counted.
		await logIn(db, { email: 'warm-up@school.org', password: 'whatever-123' }, at);

		resetCounts();
		const known = await logIn(db, { email: teacher.email, password: 'not-the-password' }, at);
		const knownCalls = [...argon2.verify];
		resetCounts();
		const unknown = await logIn(
			db,
			{ email: 'nobody@school.org', password: 'not-the-password' },
			at
		);
		const unknownCalls = [...argon2.verify];

		expect(known).toEqual({ ok: false, reason: 'credentials' });
		expect(unknown).toEqual(known);
		expect(knownCalls).toHaveLength(1);
		expect(unknownCalls).toHaveLength(1);
		expect(argon2.hash).toHaveLength(0);
		expect(costOf(unknownCalls[0]!)).toBe(costOf(knownCalls[0]!));
		expect(costOf(knownCalls[0]!)).toBe('$argon2id$v=19$m=19456,t=2,p=1');

		resetCounts();
		expect((await logIn(db, { email: teacher.email, password: teacher.password }, at)).ok).toBe(
			true
		);
		expect(argon2.verify).toHaveLength(1);
	});

	it('a sign-up hashes the password once, for a new address and for one that has an account', async () => {
		resetCounts();
		await requestSignup(db, teacher, '10.0.0.1', mails, linkFor);
		expect(argon2.hash).toHaveLength(1);
		expect(argon2.verify).toHaveLength(0);
		await confirmSignup(
			db,
			/confirm\/([a-z2-7]+)/.exec((await db.select().from(outbox)).at(-1)!.text)![1]!
		);

		resetCounts();
		const existing = await requestSignup(db, teacher, '10.0.0.2', mails, linkFor);
		expect(existing).toEqual({ ok: true });
		expect((await db.select().from(outbox)).at(-1)!.subject).toBe('existing');
		expect(argon2.hash).toHaveLength(1);
		expect(argon2.verify).toHaveLength(0);
	});
});
