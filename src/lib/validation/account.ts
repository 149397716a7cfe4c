import { z } from 'zod';
import { isCountryCode } from '../countries';
import { nameField } from './text';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

/** Trimmed, NFC-normalised and lower-cased, so one address always maps to one account. */
export function normalizeEmail(email: string): string {
	return email.trim().normalize('NFC').toLowerCase();
}

const email = z
	.string()
	.transform(normalizeEmail)
	.pipe(
		z
			.string()
			.min(1, { error: 'required' })
			.max(254, { error: 'too_long' })
			.pipe(z.email({ error: 'email_invalid' }))
	);

export const newPassword = z
	.string()
	.min(PASSWORD_MIN_LENGTH, { error: 'password_too_short' })
	.max(PASSWORD_MAX_LENGTH, { error: 'password_too_long' });

export const signupSchema = z.object({
	name: nameField(100),
	email,
	password: newPassword,
	country: z.string().trim().refine(isCountryCode, { error: 'country_invalid' }),
	school: nameField(200)
});
export const SIGNUP_FIELDS = ['name', 'email', 'password', 'country', 'school'] as const;

export const loginSchema = z.object({
	email,
	password: z.string().min(1, { error: 'required' }).max(PASSWORD_MAX_LENGTH, { error: 'too_long' })
});
export const LOGIN_FIELDS = ['email', 'password'] as const;

export const changePasswordSchema = z
	.object({
		currentPassword: z
			.string()
			.min(1, { error: 'required' })
			.max(PASSWORD_MAX_LENGTH, { error: 'too_long' }),
		newPassword,
		confirmPassword: z.string()
	})
	.refine((form) => form.newPassword === form.confirmPassword, {
		error: 'password_mismatch',
		path: ['confirmPassword']
	});
export const CHANGE_PASSWORD_FIELDS = [
	'currentPassword',
	'newPassword',
	'confirmPassword'
] as const;

export type SignupInput = z.output<typeof signupSchema>;
export type LoginInput = z.output<typeof loginSchema>;
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
