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

	it('only follows same-site paths after log-in', () => {
		expect(safeRedirectTarget('/teach?x=1')).toBe('/teach?x=1');
		for (const bad of [
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'teach',
			'',
			null
		]) {
			expect(safeRedirectTarget(bad)).toBeNull();
		}
	});
});
