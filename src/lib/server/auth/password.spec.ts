import { describe, expect, it } from 'vitest';
import { commonPasswordCount, hashPassword, isCommonPassword, verifyPassword } from './password';

describe('password hashing', () => {
	it('uses argon2id with a per-password salt', async () => {
		const first = await hashPassword('correct horse battery');
		const second = await hashPassword('correct horse battery');
		expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(first).not.toBe(second);
	});

	it('verifies the right password and rejects others', async () => {
		const stored = await hashPassword('correct horse battery');
		expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
		expect(await verifyPassword(stored, '')).toBe(false);
	});

	it('treats a corrupted hash as a failed check, not a crash', async () => {
		expect(await verifyPassword('not-a-hash', 'whatever1')).toBe(false);
	});

	it('normalises Unicode so the same password typed on another keyboard still matches', async () => {
		const stored = await hashPassword('café-au-lait');
		expect(await verifyPassword(stored, 'cafe\u0301-au-lait')).toBe(true);
	});
});

describe('common passwords', () => {
	it('bundles a list of ~15,000 common passwords, as the README says', () => {
		expect(commonPasswordCount()).toBeGreaterThanOrEqual(15_000);
		expect(commonPasswordCount()).toBeLessThan(16_000);
	});

	it('flags common passwords whatever their case', () => {
		expect(isCommonPassword('password')).toBe(true);
		expect(isCommonPassword('PASSWORD1')).toBe(true);
		expect(isCommonPassword('12345678')).toBe(true);
		expect(isCommonPassword('qwertyuiop')).toBe(true);
		expect(isCommonPassword('spotted-cows-on-tuesday')).toBe(false);
	});
});
