import { describe, expect, it } from 'vitest';
import { generateJoinCode, isJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from './join-code';

describe('join codes', () => {
	it('are 6 characters with no look-alikes', () => {
		for (const lookAlike of ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B']) {
			expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
		}
		const codes = new Set(Array.from({ length: 2000 }, () => generateJoinCode()));
		expect(codes.size).toBeGreaterThan(1990);
		for (const code of codes) expect(isJoinCode(code)).toBe(true);
	});

	it('use every letter of the alphabet', () => {
		const seen = new Set([...Array.from({ length: 500 }, () => generateJoinCode()).join('')]);
		expect([...seen].sort().join('')).toBe([...JOIN_CODE_ALPHABET].sort().join(''));
	});

	it('forgive how a child types them', () => {
		expect(normalizeJoinCode(' ac-d 3k7 ')).toBe('ACD3K7');
		expect(isJoinCode(normalizeJoinCode('acd3k7'))).toBe(true);
		expect(isJoinCode('ACD3K')).toBe(false);
		expect(isJoinCode('ACD3K0')).toBe(false);
	});
});
