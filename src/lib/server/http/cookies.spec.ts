import { afterEach, describe, expect, it } from 'vitest';
import { deleteSessionCookie, setSessionCookie } from './cookies';

type Options = Record<string, unknown>;
function fakeEvent(url: string) {
	const calls: { name: string; value?: string; options: Options }[] = [];
	return {
		calls,
		event: {
			url: new URL(url),
			cookies: {
				set: (name: string, value: string, options: Options) =>
					calls.push({ name, value, options }),
				delete: (name: string, options: Options) => calls.push({ name, options })
			}
		} as never
	};
}

const savedEnv = process.env.NODE_ENV;
afterEach(() => {
	if (savedEnv === undefined) delete process.env.NODE_ENV;
	else process.env.NODE_ENV = savedEnv;
});

describe('session cookie', () => {
	const expires = new Date('2026-12-25T00:00:00Z');

	it('is httpOnly, SameSite=Lax, site-wide and expires with the session', () => {
		process.env.NODE_ENV = 'development';
		const { calls, event } = fakeEvent('http://localhost:3000/login');
		setSessionCookie(event, 'token', expires);
		expect(calls[0]).toEqual({
			name: 'session',
			value: 'token',
			options: { httpOnly: true, sameSite: 'lax', secure: false, expires, path: '/' }
		});
	});

	it('is Secure in production, and over HTTPS anywhere', () => {
		process.env.NODE_ENV = 'production';
		const production = fakeEvent('http://classroom.example/login');
		setSessionCookie(production.event, 'token', expires);
		expect(production.calls[0]?.options.secure).toBe(true);

		process.env.NODE_ENV = 'development';
		const https = fakeEvent('https://localhost/login');
		setSessionCookie(https.event, 'token', expires);
		deleteSessionCookie(https.event);
		expect(https.calls.map((c) => c.options.secure)).toEqual([true, true]);
	});
});
