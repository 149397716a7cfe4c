import { describe, expect, it } from 'vitest';
import {
	changePasswordSchema,
	loginSchema,
	normalizeEmail,
	SIGNUP_FIELDS,
	signupSchema
} from './account';
import { parseForm } from './form';

function formData(values: Record<string, string>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(values)) data.set(key, value);
	return data;
}

const valid = {
	name: 'Ana',
	email: 'ana@school.org',
	password: 'a-long-password',
	country: 'MX',
	school: 'Escuela 5'
};

describe('normalizeEmail', () => {
	it('trims, lower-cases and NFC-normalises', () => {
		expect(normalizeEmail('  Ana@School.ORG ')).toBe('ana@school.org');
		expect(normalizeEmail('jose\u0301@x.org')).toBe('jos\u00e9@x.org');
	});
});

describe('signup form', () => {
	it('accepts a complete form', () => {
		const result = parseForm(signupSchema, formData(valid), SIGNUP_FIELDS);
		expect(result).toEqual({ ok: true, data: valid });
	});

	it('returns one error code per bad field and never echoes the password', () => {
		const result = parseForm(
			signupSchema,
			formData({
				name: '  ',
				email: 'not-an-email',
				password: 'short',
				country: 'XX',
				school: 'x'.repeat(201)
			}),
			SIGNUP_FIELDS
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			name: 'required',
			email: 'email_invalid',
			password: 'password_too_short',
			country: 'country_invalid',
			school: 'too_long'
		});
		expect(result.values).not.toHaveProperty('password');
		expect(result.values.email).toBe('not-an-email');
	});

	it('treats missing fields as empty, not as a crash', () => {
		const result = parseForm(signupSchema, new FormData(), SIGNUP_FIELDS);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual([...SIGNUP_FIELDS].sort());
	});

	it('treats a file upload in a text field as empty', () => {
		const data = formData(valid);
		data.set('name', new Blob(['x']), 'evil.txt');
		const result = parseForm(signupSchema, data, SIGNUP_FIELDS);
		expect(!result.ok && result.errors.name).toBe('required');
	});
});

describe('other account forms', () => {
	it('log-in needs an email and a password', () => {
		expect(loginSchema.safeParse({ email: 'a@b.org', password: '' }).success).toBe(false);
		expect(loginSchema.safeParse({ email: 'A@B.org', password: 'x' }).data?.email).toBe('a@b.org');
	});

	it('change password needs matching new passwords', () => {
		const result = changePasswordSchema.safeParse({
			currentPassword: 'old',
			newPassword: 'new-password-1',
			confirmPassword: 'new-password-2'
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({
			path: ['confirmPassword'],
			message: 'password_mismatch'
		});
	});
});
