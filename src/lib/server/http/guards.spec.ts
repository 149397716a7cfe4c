import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
	requireRole,
	requireStudent,
	requireUser,
	safeRedirectTarget,
	studentEndpoint,
	studentOrError
} from './guards';
import type { SessionStudent } from '../auth/student-session';
import type { SessionUser } from '../auth/session';

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

describe('student guards', () => {
	const student = { id: 's1', classId: 'c1', displayName: 'Ana' } as SessionStudent;
	const as = (who: SessionStudent | null) => ({ locals: { student: who } }) as never;

	it('sends a page visitor without a class to /join, and lets the student in', () => {
		const sent = thrown(() => requireStudent(as(null)));
		expect(isRedirect(sent) && sent.location).toBe('/join');
		expect(requireStudent(as(student))).toBe(student);
	});

	it('answers an action without a student with 401 not_signed_in', () => {
		const refused = thrown(() => studentOrError(as(null)));
		expect(isHttpError(refused) && [refused.status, refused.body.message]).toEqual([
			401,
			'not_signed_in'
		]);
		expect(studentOrError(as(student))).toBe(student);
	});

	it('answers an endpoint without a student with 401 and the code, and hands the student on', async () => {
		const seen: string[] = [];
		const handler = studentEndpoint((_event, who) => {
			seen.push(who.id);
			return new Response('ok');
		});
		const refused = await handler(as(null));
		expect(refused.status).toBe(401);
		expect(await refused.json()).toEqual({ code: 'not_signed_in' });
		expect(seen).toEqual([]);
		const answered = await handler(as(student));
		expect(await answered.text()).toBe('ok');
		expect(seen).toEqual(['s1']);
	});
});
