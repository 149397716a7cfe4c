import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signupSchema } from './account';
import { createClassSchema, rosterSchema, studentName } from './classes';
import { nameField, normalizeName } from './text';

const refusal = (schema: z.ZodType, value: unknown) =>
	schema.safeParse(value).error?.issues[0]?.message ?? null;

describe('names people read', () => {
	it('are normalised: NFC, trimmed, one plain space between words', () => {
		expect(normalizeName('  Jose\u0301  María\u00a0\u2003López ')).toBe('José María López');
		expect(studentName.parse('  Ana   B. ')).toBe('Ana B.');
		expect(studentName.parse('Zoë 2')).toBe('Zoë 2');
		expect(studentName.parse('محمد')).toBe('محمد');
		expect(studentName.parse('李小龙')).toBe('李小龙');
	});

	it('refuse a lone NUL, zero-width text, right-to-left overrides and terminal escapes, with a clear code', () => {
		for (const bad of [
			'\u0000',
			'Ana\u0000',
			'\u200b',
			'\u200b\u200c\u200d\u2060',
			'\ufeff',
			'Ana\u202egnp.exe',
			'\u2066Ana\u2069',
			'\u001b[31mRed',
			'Ana\u0007',
			'Ana\u2028Ben',
			'\ud800',
			'\ue000',
			'...',
			'\u0301'
		])
			expect(refusal(nameField(30), bad), JSON.stringify(bad)).toBe('name_characters');
		expect(refusal(nameField(30), '   ')).toBe('required');
		expect(refusal(nameField(3), 'Anna')).toBe('too_long');
	});

	it('are checked on every form that takes one: nickname, roster line, class, teacher and school', () => {
		expect(refusal(studentName, 'Ana\u200b')).toBe('name_characters');
		expect(refusal(rosterSchema, { roster: 'Ana\nBen\u202e\nCarla' })).toBe('name_characters');
		expect(refusal(createClassSchema, { name: '\u0000', band: '3-5' })).toBe('name_characters');
		const signup = {
			name: 'Ms Rivera',
			email: 'r@school.example',
			password: 'a long password 1',
			country: 'KE',
			school: 'Nairobi Primary'
		};
		expect(signupSchema.safeParse(signup).success).toBe(true);
		expect(refusal(signupSchema, { ...signup, name: '\u001b]0;pwned\u0007' })).toBe(
			'name_characters'
		);
		expect(refusal(signupSchema, { ...signup, school: '\u200b\u200b' })).toBe('name_characters');
	});
});
