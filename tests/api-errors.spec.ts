import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from '../src/lib/server/json-body';
import { API_ERROR_CODES } from '../src/lib/validation/errors';
import { POST as postProgress } from '../src/routes/api/progress/+server';
import { GET as getDoodles, POST as postDoodle } from '../src/routes/api/doodles/+server';
import { POST as postVote } from '../src/routes/api/doodles/votes/+server';
import { GET as getHelp } from '../src/routes/api/help/+server';
import { GET as getSketchModel } from '../src/routes/api/sketch-models/[name]/+server';

// One error model (issue 13, point 7): JSON endpoints answer `{ code }`, never a sentence, and
// every code they can answer has a message in each language.

const known: ReadonlySet<string> = new Set(API_ERROR_CODES);
const load = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;

function endpointFiles(dir = 'src/routes/api'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? endpointFiles(join(dir, entry.name))
			: entry.name === '+server.ts'
				? [join(dir, entry.name)]
				: []
	);
}

/** The body of an error answer: only known codes and data, no English. */
async function expectCodeOnly(response: Response, status: number, code: string) {
	expect(response.status).toBe(status);
	const body = (await response.json()) as Record<string, unknown>;
	expect(body.code).toBe(code);
	expect(known.has(body.code as string)).toBe(true);
	expect(body).not.toHaveProperty('error');
	expect(body).not.toHaveProperty('message');
}

// The handlers read only what they use from the request event.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyEvent = any;
const student = { id: 's', classId: 'c', displayName: 'Ana' };
const post = (body: string) =>
	new Request('http://localhost/api', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body
	});

describe('JSON endpoints answer error codes', () => {
	it('to a visitor who is not signed in to a class', async () => {
		const locals = { student: null };
		await expectCodeOnly(
			await postProgress({ request: post('{}'), locals } as AnyEvent),
			401,
			'not_signed_in'
		);
		await expectCodeOnly(await getDoodles({ locals } as AnyEvent), 401, 'not_signed_in');
		await expectCodeOnly(
			await postDoodle({ request: post('{}'), locals } as AnyEvent),
			401,
			'not_signed_in'
		);
		await expectCodeOnly(
			await postVote({ request: post('{}'), locals } as AnyEvent),
			401,
			'not_signed_in'
		);
		await expectCodeOnly(await getHelp({ locals } as AnyEvent), 401, 'not_signed_in');
	});

	it('to bodies that are not JSON, nest too deeply or are too large', async () => {
		const locals = { student };
		await expectCodeOnly(
			await postProgress({ request: post('not json'), locals } as AnyEvent),
			400,
			'not_json'
		);
		await expectCodeOnly(
			await postProgress({
				request: post('['.repeat(500) + ']'.repeat(500)),
				locals
			} as AnyEvent),
			400,
			'too_deep'
		);
		await expectCodeOnly(
			await postVote({
				request: post(JSON.stringify({ x: 'y'.repeat(2000) })),
				locals
			} as AnyEvent),
			413,
			'too_large'
		);
		await expectCodeOnly(
			await postProgress({ request: post('{"events": []}'), locals } as AnyEvent),
			400,
			'invalid'
		);
		await expectCodeOnly(
			await postProgress({
				request: post(
					JSON.stringify({
						events: [
							{
								id: 'x',
								context: 'junk/1/2',
								at: '2026-11-25T10:00:00.000Z',
								event: { type: 'started' }
							}
						]
					})
				),
				locals
			} as AnyEvent),
			400,
			'unknown_place'
		);
	});

	it('for a drawing model name that is not one', async () => {
		await expectCodeOnly(
			await getSketchModel({ params: { name: '../etc' } } as AnyEvent),
			400,
			'invalid'
		);
	});

	it('from readJson, for every way a body can be refused', async () => {
		expect(await readJson(post('{'), 100)).toEqual({ ok: false, status: 400, code: 'not_json' });
		expect(await readJson(post('"' + 'a'.repeat(200) + '"'), 100)).toEqual({
			ok: false,
			status: 413,
			code: 'too_large'
		});
		const broken = { text: () => Promise.reject(new Error('reset')) } as unknown as Request;
		expect(await readJson(broken, 100)).toEqual({ ok: false, status: 400, code: 'unreadable' });
	});

	it('and no endpoint sends a sentence or a code outside the list', () => {
		const files = endpointFiles();
		expect(files.length).toBeGreaterThanOrEqual(7);
		for (const file of files) {
			const source = readFileSync(file, 'utf8');
			// No `{ error: ... }` or `{ message: ... }` bodies: errors travel as codes.
			expect(source, file).not.toMatch(/json\(\s*\{\s*(error|message)\s*:/);
			expect(source, file).not.toMatch(/\berror\(\s*\d{3}\s*,\s*['"`{]/);
			for (const [, code] of source.matchAll(/apiError\(\s*'([a-z_]+)'/g))
				expect(known.has(code!), `${file}: ${code}`).toBe(true);
		}
	});

	it('each with a message in English and Spanish', () => {
		const source = readFileSync('src/lib/i18n/errors.ts', 'utf8');
		const en = load('en');
		const es = load('es');
		for (const code of API_ERROR_CODES) {
			const key = new RegExp(`\\b${code}: m\\.(\\w+)`).exec(source)?.[1];
			expect(key, `message for ${code}`).toBeDefined();
			expect(en[key!], `en.${key}`).toBeTruthy();
			expect(es[key!], `es.${key}`).toBeTruthy();
			expect(es[key!]).not.toBe(en[key!]);
		}
	});
});
