import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { requireRole, requireUser, safeRedirectTarget } from './guards';
import type { SessionUser } from './session';

const teacher: SessionUser = {
	id: 't',
	email: 't@x.org',
	name: 'T',
	role: 'teacher',
	country: 'US',
	school: 'S'
};
const organizer: SessionUser = { ...teacher, id: 'o', role: 'organizer' };
const event = (user: SessionUser | null) =>
	({
		locals: { user, session: null, locale: 'en' },
		url: new URL('http://x/organize?tab=1')
	}) as never;

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

describe('guards', () => {
	it('sends a visitor to log in, remembering where they were going', () => {
		const result = thrown(() => requireUser(event(null)));
		expect(isRedirect(result) && result.location).toBe('/login?redirectTo=%2Forganize%3Ftab%3D1');
	});

	it('refuses a teacher an organizer page with 403', () => {
		const result = thrown(() => requireRole(event(teacher), 'organizer'));
		expect(isHttpError(result) && result.status).toBe(403);
	});

	it('lets an organizer through', () => {
		expect(requireRole(event(organizer), 'organizer')).toBe(organizer);
	});

	it('only follows same-site paths after log-in: a table of tricky targets', () => {
		for (const [good, normalised] of [
			['/teach?x=1', '/teach?x=1'],
			['/modules/what-is-ai/3-5#step-2', '/modules/what-is-ai/3-5#step-2'],
			['/learn?q=%2F%2Fevil', '/learn?q=%2F%2Fevil'],
			['/a/../teach', '/teach'],
			['/%09/evil.example', '/%09/evil.example']
		])
			expect(safeRedirectTarget(good), good).toBe(normalised);
		for (const bad of [
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'\\evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'/\r\nSet-Cookie: x=1',
			'/ /evil.example',
			'/\u0000/evil.example',
			'/\u200b/evil.example',
			'/.//evil.example',
			'/..//evil.example',
			'javascript:alert(1)',
			' /teach',
			'/teach\\..',
			'http:/evil.example',
			'teach',
			'/' + 'a'.repeat(2001),
			'',
			null,
			undefined
		]) {
			expect(safeRedirectTarget(bad), JSON.stringify(bad)).toBeNull();
		}
	});
});
