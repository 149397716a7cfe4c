import {
	expect,
	test,
	type APIRequestContext,
	type APIResponse,
	type Page
} from '@playwright/test';
import {
	DEMO_ORGANIZER,
	DEMO_PASSWORD,
	logIn,
	press,
	studentJoins,
	submitAndWait,
	teacherWithClass
} from './helpers';
import { e2eSql } from './e2e-db';
import { encodeGenerator } from '../../src/lib/gan/generator-file';
import { emptyMatrix } from '../../src/lib/recommender/design';
import { TASTES_DESIGN } from '../../src/lib/recommender/recommend';

/** A picture GAN's generator file for 20 × 20 faces (all weights small), as a tablet shares it. */
function faceForgerFile(fill = 0.01): Buffer {
	const [size, latent, hidden] = [20, 16, 128];
	const count = latent * hidden + hidden + hidden * size * size + size * size;
	return Buffer.from(
		encodeGenerator({ size, latent, hidden, values: new Float32Array(count).fill(fill) })
	);
}

/**
 * Every server path with six actors: a visitor, a student of class A, a student of class B, the
 * teacher of A, the teacher of B and an organizer. Only the right actor gets through; the others
 * get a redirect to log in (or join), 401, 403 or 404, and nothing changes.
 */
const ACTORS = ['visitor', 'studentA', 'studentB', 'teacherA', 'teacherB', 'organizer'] as const;
type Actor = (typeof ACTORS)[number];
/** ok: 2xx, or a redirect elsewhere than log-in or join. */
type Outcome = 'ok' | 'login' | 'join' | 400 | 401 | 403 | 404 | 'not-run';

interface Check {
	method: 'GET' | 'POST' | 'PUT';
	path: string;
	form?: Record<string, string>;
	json?: unknown;
	/** A binary body (a generator file). */
	bytes?: Buffer;
	expect: Record<Actor, Outcome>;
}

const ownerOnly = (owner: Outcome = 'ok'): Record<Actor, Outcome> => ({
	visitor: 'login',
	studentA: 'login',
	studentB: 'login',
	teacherA: owner,
	teacherB: 404,
	organizer: 404
});

function outcome(response: APIResponse): Outcome | number {
	const status = response.status();
	if (status >= 300 && status < 400) {
		const location = response.headers()['location'] ?? '';
		if (location.startsWith('/login')) return 'login';
		if (location.startsWith('/join')) return 'join';
		return 'ok';
	}
	return status < 300 ? 'ok' : status;
}

async function send(api: APIRequestContext, check: Check, origin: string): Promise<APIResponse> {
	if (check.method === 'GET') return api.get(check.path, { maxRedirects: 0 });
	if (check.method === 'PUT')
		return api.put(check.path, {
			maxRedirects: 0,
			headers: { origin, accept: 'application/json' },
			data: check.json
		});
	if (check.bytes)
		return api.post(check.path, {
			maxRedirects: 0,
			headers: { origin, 'content-type': 'application/octet-stream', accept: 'application/json' },
			data: check.bytes
		});
	return api.post(check.path, {
		maxRedirects: 0,
		// A browser's form post: SvelteKit answers it with a real status, not a JSON envelope.
		headers: { origin, accept: check.json !== undefined ? 'application/json' : 'text/html' },
		...(check.json !== undefined ? { data: check.json } : { form: check.form ?? {} })
	});
}

test('six actors on every route and endpoint: only the right one gets through, and nothing changes', async ({
	browser,
	playwright,
	baseURL
}) => {
	test.setTimeout(120_000);
	const origin = baseURL!;

	// Class A with an assignment and a student who made something and raised her hand.
	const a = await teacherWithClass(browser, 'Class A');
	const teacherA = a.teacher;
	await teacherA.getByLabel('Module').selectOption('what-is-ai|3-5');
	await submitAndWait(teacherA, teacherA.getByRole('button', { name: 'Assign' }), a.path);
	const studentA = await studentJoins(browser, a.code, 'Alba');
	const reflection = {
		id: 'authz-reflection',
		context: 'what-is-ai/3-5/spot-the-ai',
		step: 'exit-ticket',
		at: new Date().toISOString(),
		event: { type: 'artifact', kind: 'reflection', title: 'exit-ticket', data: { text: 'Mine.' } }
	};
	expect(
		(await studentA.request.post('/api/progress', { data: { events: [reflection] } })).status()
	).toBe(200);
	await press(studentA.getByRole('button', { name: 'I need help' }));
	await expect(studentA.getByRole('button', { name: /Help is coming/ })).toBeVisible();
	// …and a cow for the class dataset that she was not sure had spots.
	const drawing = [
		[
			[10, 200],
			[10, 90]
		]
	];
	expect(
		(
			await studentA.request.post('/api/doodles', {
				data: { animal: 'cow', spots: 'unsure', drawing }
			})
		).status()
	).toBe(201);
	const doodleA = (
		(await (await studentA.request.get('/api/doodles')).json()) as {
			items: { id: string }[];
		}
	).items[0]!.id;

	// …and a recommender design, which her class can vote on.
	const design = {
		id: 'authz-design',
		context: 'activity:recommender',
		at: new Date().toISOString(),
		event: {
			type: 'artifact',
			kind: 'recommender-design',
			title: 'Open shop',
			data: { name: 'Open shop', design: TASTES_DESIGN, matrix: emptyMatrix() }
		}
	};
	expect(
		(await studentA.request.post('/api/progress', { data: { events: [design] } })).status()
	).toBe(200);
	const designA = (
		(await (await studentA.request.get('/api/recommender')).json()) as {
			designs: { id: string }[];
		}
	).designs[0]!.id;

	// …and the picture GAN she trained, shared as the class's forger.
	const shared = await studentA.request.post('/api/class-forger?data=faces&iterations=600', {
		headers: { 'content-type': 'application/octet-stream' },
		data: faceForgerFile()
	});
	expect(shared.status()).toBe(201);

	await teacherA.goto(a.path);
	const classA = a.path.split('/').pop()!;
	const studentAId = (await teacherA.getByRole('link', { name: 'Alba' }).getAttribute('href'))!
		.split('/')
		.pop()!;
	const assignmentA = (await teacherA.getByRole('link', { name: 'Progress' }).getAttribute('href'))!
		.split('/')
		.pop()!;

	const b = await teacherWithClass(browser, 'Class B');
	const studentB = await studentJoins(browser, b.code, 'Bruno');
	const organizer = await (await browser.newContext()).newPage();
	await logIn(organizer, DEMO_ORGANIZER, DEMO_PASSWORD);
	await expect(organizer).toHaveURL(/\/organize$/);
	const visitor = await playwright.request.newContext({ baseURL });

	const apis: Record<Actor, APIRequestContext> = {
		visitor,
		studentA: studentA.request,
		studentB: studentB.request,
		teacherA: teacherA.request,
		teacherB: b.teacher.request,
		organizer: organizer.request
	};

	const base = `/teach/classes/${classA}`;
	const ref = { student: studentAId, key: 'authz-reflection' };
	const studentOnly: Record<Actor, Outcome> = {
		visitor: 401,
		studentA: 'ok',
		studentB: 'ok',
		teacherA: 401,
		teacherB: 401,
		organizer: 401
	};
	const everyone: Record<Actor, Outcome> = {
		visitor: 'ok',
		studentA: 'ok',
		studentB: 'ok',
		teacherA: 'ok',
		teacherB: 'ok',
		organizer: 'ok'
	};
	const anyUser: Record<Actor, Outcome> = {
		visitor: 'login',
		studentA: 'login',
		studentB: 'login',
		teacherA: 'ok',
		teacherB: 'ok',
		organizer: 'ok'
	};
	// The owner's own success on destructive actions (delete, archive, new code, roster...) is
	// covered by the classes flows; here the owner runs only what leaves the class as it was.
	// The demo's professional development: a session coming up, and one the demo teacher attended.
	const sessionId = async (title: string) =>
		(await e2eSql<{ id: string }>('select id from training_sessions where title = ?', title))[0]!
			.id;
	const upcoming = await sessionId('Teaching GANs and deepfakes');
	const attended = await sessionId('What is AI? A first hour for teachers');
	const teachersAndOrganizers: Record<Actor, Outcome> = {
		visitor: 'login',
		studentA: 'login',
		studentB: 'login',
		teacherA: 'ok',
		teacherB: 'ok',
		organizer: 'ok'
	};
	const organizersOnly: Record<Actor, Outcome> = {
		visitor: 'login',
		studentA: 'login',
		studentB: 'login',
		teacherA: 403,
		teacherB: 403,
		organizer: 'ok'
	};

	const checks: Check[] = [
		// Sessions are for every signed-in educator; each one's seat and certificate are their own.
		...[
			'/training',
			'/training?language=es&band=3-5',
			'/training/calendar.ics',
			`/training/${upcoming}`,
			`/training/${upcoming}/calendar.ics`
		].map((path): Check => ({ method: 'GET', path, expect: teachersAndOrganizers })),
		{
			method: 'GET',
			path: `/training/${attended}/certificate.pdf`,
			expect: { ...teachersAndOrganizers, teacherA: 404, teacherB: 404, organizer: 404 }
		},
		...['register', 'cancel', 'claim', 'checkIn'].map((action): Check => ({
			method: 'POST',
			path: `/training/${upcoming}?/${action}`,
			form: { code: '000000' },
			expect: {
				...teachersAndOrganizers,
				teacherA: 'not-run',
				teacherB: 'not-run',
				organizer: 'not-run'
			}
		})),
		...[
			'/organize/training',
			`/organize/training/${upcoming}`,
			`/organize/training/${upcoming}/check-in`,
			`/organize/training/${upcoming}/roster.csv`
		].map((path): Check => ({ method: 'GET', path, expect: organizersOnly })),
		...['update', 'cancel', 'duplicate', 'attendance', 'addLink', 'addFile', 'removeMaterial'].map(
			(action): Check => ({
				method: 'POST',
				path: `/organize/training/${upcoming}?/${action}`,
				form: { title: 'Sneaky', seat: 'x', present: '1', material: 'x' },
				expect: { ...organizersOnly, organizer: 'not-run' }
			})
		),
		{
			method: 'POST',
			path: '/organize/training?/create',
			form: { title: 'Sneaky session' },
			expect: { ...organizersOnly, organizer: 'not-run' }
		},
		// Checking a certificate is public and shows only what the certificate states.
		{ method: 'GET', path: '/certificates', expect: everyone },
		{
			method: 'GET',
			path: '/certificates/0000-0000-0000',
			expect: {
				visitor: 404,
				studentA: 404,
				studentB: 404,
				teacherA: 404,
				teacherB: 404,
				organizer: 404
			}
		},
		...[
			'',
			'/code',
			'/cards',
			'/gallery',
			'/gallery/present',
			'/doodles',
			`/students/${studentAId}`
		].map((suffix): Check => ({ method: 'GET', path: base + suffix, expect: ownerOnly() })),
		{ method: 'GET', path: `${base}/progress/${assignmentA}`, expect: ownerOnly() },
		{ method: 'GET', path: `${base}/progress/${assignmentA}/export.csv`, expect: ownerOnly() },
		{ method: 'GET', path: `${base}/progress/${assignmentA}/stream`, expect: ownerOnly('not-run') },
		{ method: 'POST', path: `${base}?/rename`, form: { name: 'Class A' }, expect: ownerOnly() },
		{
			method: 'POST',
			path: `${base}?/rename`,
			form: { name: 'Hacked' },
			expect: ownerOnly('not-run')
		},
		...['regenerate', 'archive', 'unarchive'].map((action): Check => ({
			method: 'POST',
			path: `${base}?/${action}`,
			expect: ownerOnly('not-run')
		})),
		{
			method: 'POST',
			path: `${base}?/roster`,
			form: { roster: 'Mallory' },
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}?/resetPictures`,
			form: { student: studentAId },
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}?/assign`,
			form: { module: 'what-is-ai|6-8', due: '' },
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}?/unassign`,
			form: { assignment: assignmentA },
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}?/delete`,
			form: { confirm: 'Class A' },
			expect: ownerOnly('not-run')
		},
		{ method: 'POST', path: `${base}/gallery?/hide`, form: ref, expect: ownerOnly('not-run') },
		{ method: 'POST', path: `${base}/gallery?/show`, form: ref, expect: ownerOnly() },
		{ method: 'POST', path: `${base}/gallery?/remove`, form: ref, expect: ownerOnly('not-run') },
		{
			method: 'POST',
			path: `${base}/students/${studentAId}?/remove`,
			form: ref,
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}/students/${studentAId}?/removeStudent`,
			form: { student: studentAId },
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}/doodles?/hide`,
			form: { doodle: doodleA },
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}/doodles?/show`,
			form: { doodle: doodleA },
			expect: ownerOnly()
		},
		{
			method: 'POST',
			path: `${base}/doodles?/clear`,
			form: { confirm: 'clear' },
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}/students/${studentAId}?/hide`,
			form: ref,
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}/students/${studentAId}?/show`,
			form: ref,
			expect: ownerOnly()
		},
		{
			method: 'POST',
			path: `${base}/students/${studentAId}?/helped`,
			form: { student: studentAId },
			expect: ownerOnly('not-run')
		},
		{
			method: 'POST',
			path: `${base}/progress/${assignmentA}?/helped`,
			form: { student: studentAId },
			expect: ownerOnly('not-run')
		},
		// Public pages: lessons and joining are open to everyone, and so are the drawing models.
		...[
			'/api/sketch-models',
			'/sketch-rnn/cow.gen.json',
			'/',
			'/modules',
			'/modules/what-is-ai/3-5',
			'/modules/what-is-ai/3-5/spot-the-ai',
			'/activities/ai-or-not',
			'/activities/gan',
			'/join',
			`/join/${a.code}`,
			`/join/${a.code}/${studentAId}`
		].map((path): Check => ({ method: 'GET', path, expect: everyone })),
		{ method: 'GET', path: '/teach', expect: anyUser },
		{ method: 'GET', path: '/teach/classes', expect: anyUser },
		{ method: 'GET', path: '/account', expect: anyUser },
		{
			method: 'POST',
			path: '/teach/classes?/create',
			form: { name: 'Sneaky', band: '3-5' },
			expect: { ...anyUser, teacherA: 'not-run', teacherB: 'not-run', organizer: 'not-run' }
		},
		// A sign-up link that is not one: the page says so (a signed-in user is sent home) and
		// confirming it creates nothing.
		{ method: 'GET', path: '/signup/confirm/abcdefghijklmnopqrstuvwxyz234567', expect: everyone },
		{
			method: 'POST',
			path: '/signup/confirm/abcdefghijklmnopqrstuvwxyz234567',
			expect: {
				visitor: 400,
				studentA: 400,
				studentB: 400,
				teacherA: 'ok',
				teacherB: 'ok',
				organizer: 'ok'
			}
		},
		...[
			'/organize',
			'/organize/outbox',
			'/organize/events/day-of-ai-demo',
			'/organize/events/day-of-ai-demo?country=US',
			'/organize/events/day-of-ai-demo/registrations.csv'
		].map((path): Check => ({
			method: 'GET',
			path,
			expect: {
				visitor: 'login',
				studentA: 'login',
				studentB: 'login',
				teacherA: 403,
				teacherB: 403,
				organizer: 'ok'
			}
		})),
		// What changes events and their registrations is the organizers' alone.
		...(
			[
				{ path: '/organize?/create', form: { name: 'Sneaky day', slug: 'sneaky' } },
				{ path: '/organize/events/day-of-ai-demo?/update', form: { name: 'Renamed' } },
				{ path: '/organize/events/day-of-ai-demo?/import', form: { file: 'name,email' } }
			] as { path: string; form: Record<string, string> }[]
		).map(({ path, form }): Check => ({
			method: 'POST',
			path,
			form,
			expect: {
				visitor: 'login',
				studentA: 'login',
				studentB: 'login',
				teacherA: 403,
				teacherB: 403,
				organizer: 'not-run'
			}
		})),
		// The public event pages show totals only, to everyone.
		...[
			'/events/day-of-ai-demo',
			'/events/day-of-ai-demo/counter',
			'/events/day-of-ai-demo/forget',
			'/events/day-of-ai-demo/forget/abcdefghijklmnopqrstuvwxyz234567'
		].map((path): Check => ({ method: 'GET', path, expect: everyone })),
		{
			method: 'GET',
			path: '/learn',
			expect: {
				visitor: 'join',
				studentA: 'ok',
				studentB: 'ok',
				teacherA: 'join',
				teacherB: 'join',
				organizer: 'join'
			}
		},
		{
			method: 'POST',
			path: '/learn?/help',
			form: { raise: '1', returnTo: '/learn' },
			expect: { ...studentOnly, studentA: 'not-run' }
		},
		{ method: 'GET', path: '/api/help', expect: studentOnly },
		{ method: 'GET', path: '/api/doodles', expect: studentOnly },
		{
			method: 'POST',
			path: '/api/doodles',
			json: { animal: 'pig', drawing },
			expect: studentOnly
		},
		{
			// Nobody votes on their own drawing, nor on another class's.
			method: 'POST',
			path: '/api/doodles/votes',
			json: { doodle: doodleA, label: 'plain' },
			expect: { ...studentOnly, studentA: 404, studentB: 404 }
		},
		{
			method: 'POST',
			path: '/api/progress',
			json: { events: [{ ...reflection, id: 'authz-other', event: { type: 'started' } }] },
			expect: studentOnly
		},
		// Each class's own forger: class B has none to give.
		{ method: 'GET', path: '/api/class-forger', expect: { ...studentOnly, studentB: 404 } },
		{
			method: 'POST',
			path: '/api/class-forger?data=faces&iterations=700',
			bytes: faceForgerFile(0.02),
			expect: { ...studentOnly, studentB: 'not-run' }
		},
		{ method: 'POST', path: `${base}?/removeForger`, expect: ownerOnly('not-run') },
		// The class's likes and designs in the avatar shop; a vote only for one's own class's design.
		{ method: 'GET', path: '/api/recommender', expect: studentOnly },
		{
			method: 'PUT',
			path: '/api/recommender',
			json: { likes: ['tee-red-star'], dislikes: [] },
			expect: studentOnly
		},
		{
			method: 'POST',
			path: '/api/recommender',
			json: { design: designA },
			expect: { ...studentOnly, studentB: 404 }
		},
		{ method: 'POST', path: `${base}?/clearVotes`, expect: ownerOnly('not-run') }
	];

	/** Runs the checks whose expected outcome is (or is not) getting through. */
	async function run(allowed: boolean): Promise<string[]> {
		const failures: string[] = [];
		for (const check of checks) {
			for (const actor of ACTORS) {
				const expected = check.expect[actor];
				if (expected === 'not-run' || (expected === 'ok') !== allowed) continue;
				const got = outcome(await send(apis[actor], check, origin));
				if (got !== expected)
					failures.push(
						`${check.method} ${check.path} as ${actor}: expected ${expected}, got ${got}`
					);
			}
		}
		return failures;
	}

	// Everyone who should be refused first, so that nothing the owner does can mask a change.
	expect(await run(false)).toEqual([]);
	// Nothing changed in class A: same name and code, one student, one assignment, her hand still
	// up, her reflection still in the gallery, and no trace of class B's student.
	await teacherA.goto(a.path);
	await expect(teacherA.getByRole('heading', { level: 1 })).toHaveText('Class A');
	await expect(teacherA.getByTestId('join-code')).toHaveText(a.code);
	await expect(teacherA.locator('.roster li')).toHaveCount(1);
	await expect(teacherA.locator('.assignment-list li')).toHaveCount(1);
	await expect(teacherA.locator('.roster .help-flag')).toBeVisible();
	await expect(teacherA.getByTestId('class-forger')).toContainText(
		'Alba shared a picture GAN trained on cartoon faces (600 iterations'
	);
	await expect(
		teacherA.getByTestId('recommender-votes').locator('tbody tr').filter({ hasText: 'Open shop' })
	).toContainText('by Alba');
	await expect(teacherA.getByTestId('recommender-votes').locator('tbody td').last()).toHaveText(
		'0'
	);
	await teacherA.goto(`${base}/gallery`);
	await expect(teacherA.getByTestId('gallery-counts')).toHaveText('2 shown, 0 hidden');
	await teacherA.goto(`${base}/doodles`);
	await expect(teacherA.getByTestId('doodle-counts')).toHaveText('1 in use, 0 hidden');
	await expect(teacherA.locator('.doodle-card')).toContainText('class votes: 0 spots, 0 no spots');
	const csv = await (await apis.teacherA.get(`${base}/progress/${assignmentA}/export.csv`)).text();
	expect(csv).toContain('Alba');
	expect(csv).not.toContain('Bruno');
	await b.teacher.goto('/teach/classes');
	await expect(b.teacher.getByText('Sneaky')).toHaveCount(0);

	expect(await run(true)).toEqual([]);

	// Bad likes, votes or designs get a clear refusal and change nothing.
	const none = Object.fromEntries(Object.keys(TASTES_DESIGN.weights).map((signal) => [signal, 0]));
	const shop = studentA.request;
	const savedLikes = async () =>
		((await (await shop.get('/api/recommender')).json()) as { own: unknown }).own;
	expect(await savedLikes()).toEqual({ likes: ['tee-red-star'], dislikes: [] });
	const shopRefusals: [Promise<APIResponse>, number, string][] = [
		[
			shop.put('/api/recommender', { data: { likes: ['no-such-item'], dislikes: [] } }),
			400,
			'invalid'
		],
		[
			shop.put('/api/recommender', {
				data: { likes: ['tee-red-star'], dislikes: ['tee-red-star'] }
			}),
			400,
			'invalid'
		],
		[
			shop.put('/api/recommender', { data: { likes: [], dislikes: [], gender: 'girl' } }),
			400,
			'invalid'
		],
		[
			shop.put('/api/recommender', {
				headers: { 'content-type': 'application/json' },
				data: Buffer.from('{"likes": [')
			}),
			400,
			'not_json'
		],
		[
			shop.put('/api/recommender', {
				data: { likes: Array(3000).fill('tee-red-star'), dislikes: [] }
			}),
			413,
			'too_large'
		],
		[shop.post('/api/recommender', { data: { design: 'not-a-design' } }), 404, 'not_found'],
		[shop.post('/api/recommender', { data: { design: 7 } }), 400, 'invalid'],
		// A bad design never becomes an artifact: the whole batch is refused.
		...[
			{ name: '', design: TASTES_DESIGN, matrix: emptyMatrix() },
			{
				name: 'No signal',
				design: { ...TASTES_DESIGN, weights: { ...none } },
				matrix: emptyMatrix()
			},
			{
				name: 'Heavy',
				design: { ...TASTES_DESIGN, weights: { ...none, styles: 99 } },
				matrix: emptyMatrix()
			},
			{ name: 'Faked', design: TASTES_DESIGN, matrix: emptyMatrix(), measures: { stereotype: 0 } },
			{ name: 'Bad cell', design: TASTES_DESIGN, matrix: { ...emptyMatrix(), players: 'all good' } }
		].map((data, k): [Promise<APIResponse>, number, string] => [
			shop.post('/api/progress', {
				data: { events: [{ ...design, id: `bad-design-${k}`, event: { ...design.event, data } }] }
			}),
			400,
			'invalid'
		])
	];
	for (const [sent, status, code] of shopRefusals) {
		const answer = await sent;
		expect(answer.status(), code).toBe(status);
		expect(await answer.json()).toMatchObject({ code });
	}
	expect(await savedLikes()).toEqual({ likes: ['tee-red-star'], dislikes: [] });
	const designsNow = (
		(await (await shop.get('/api/recommender')).json()) as { designs: { name: string }[] }
	).designs;
	expect(designsNow.map((d) => d.name)).toEqual(['Open shop']);

	// Bad generator files get a clear refusal and change nothing; the teacher can take it away.
	const forgerApi = studentA.request;
	const share = (query: string, data: Buffer, type = 'application/octet-stream') =>
		forgerApi.post(`/api/class-forger?${query}`, { headers: { 'content-type': type }, data });
	const refusals: [Promise<APIResponse>, number, string][] = [
		[share('data=faces&iterations=5', Buffer.from('DAIG nonsense')), 400, 'not_a_generator'],
		[share('data=cows&iterations=5', faceForgerFile()), 400, 'wrong_generator'],
		[share('data=horses&iterations=5', faceForgerFile()), 400, 'invalid'],
		[share('data=faces&iterations=-1', faceForgerFile()), 400, 'invalid'],
		[share('data=faces&iterations=5', faceForgerFile(), 'application/json'), 415, 'invalid'],
		[share('data=faces&iterations=5', Buffer.alloc(2_000_000)), 413, 'too_large']
	];
	for (const [sent, status, code] of refusals) {
		const answer = await sent;
		expect(answer.status(), code).toBe(status);
		expect(await answer.json()).toMatchObject({ code });
	}
	const kept = await forgerApi.get('/api/class-forger');
	expect(kept.headers()['x-forger-iterations']).toBe('700');
	expect(Buffer.from(await kept.body()).equals(faceForgerFile(0.02))).toBe(true);
	await teacherA.goto(a.path);
	await submitAndWait(
		teacherA,
		teacherA.getByRole('button', { name: 'Remove the class’s forger' }),
		a.path
	);
	await expect(teacherA.getByTestId('class-forger')).toContainText('Removed.');
	expect((await forgerApi.get('/api/class-forger')).status()).toBe(404);

	// The owner's live stream answers with server-sent events.
	const streamStatus = await teacherA.evaluate(async (url) => {
		const response = await fetch(url);
		await response.body?.cancel();
		return `${response.status} ${response.headers.get('content-type')}`;
	}, `${base}/progress/${assignmentA}/stream`);
	expect(streamStatus).toBe('200 text/event-stream');

	// Bad input to the new endpoints: 400, and the owner gets a clear 404 for things not in the class.
	const owner = apis.teacherA;
	const post = (path: string, form: Record<string, string>) =>
		owner.post(path, { maxRedirects: 0, headers: { origin, accept: 'text/html' }, form });
	expect((await post(`${base}/gallery?/hide`, { student: studentAId })).status()).toBe(400);
	expect((await post(`${base}/gallery?/hide`, { student: studentAId, key: 'nope' })).status()).toBe(
		404
	);
	expect(
		(await post(`${base}/progress/${assignmentA}?/helped`, { student: 'nobody' })).status()
	).toBe(404);
	expect((await post(`${base}/doodles?/hide`, {})).status()).toBe(400);
	expect((await post(`${base}/doodles?/hide`, { doodle: 'nope' })).status()).toBe(404);
	expect((await post(`${base}/doodles?/clear`, {})).status()).toBe(400);
	await teacherA.goto(`${base}/doodles`);
	await expect(teacherA.getByTestId('doodle-counts')).toHaveText('2 in use, 0 hidden');
	// Bad drawings and votes from a student: 400 (or 413), and nothing is stored.
	const student = apis.studentB;
	for (const data of [
		{ animal: 'dog', drawing },
		{ animal: 'cow', drawing },
		{
			animal: 'pig',
			drawing: [
				[
					[0, 300],
					[0, 1]
				]
			]
		},
		{ animal: 'pig', drawing: 'lines' }
	])
		expect((await student.post('/api/doodles', { data })).status(), JSON.stringify(data)).toBe(400);
	expect(
		(
			await student.post('/api/doodles', {
				headers: { 'content-type': 'application/json' },
				data: 'not json'
			})
		).status()
	).toBe(400);
	expect(
		(
			await student.post('/api/doodles', {
				data: { animal: 'pig', drawing, pad: 'x'.repeat(70_000) }
			})
		).status()
	).toBe(413);
	expect(
		(
			await student.post('/api/doodles/votes', { data: { doodle: doodleA, label: 'maybe' } })
		).status()
	).toBe(400);
	expect(
		((await (await student.get('/api/doodles')).json()) as { items: unknown[] }).items
	).toHaveLength(1);
	// A drawing for the gallery that is not one: 400, and the gallery stays empty.
	const aiDrawing = (data: unknown, id: string) => ({
		events: [
			{
				id,
				context: 'activity:doodle-lab',
				at: new Date().toISOString(),
				event: { type: 'artifact', kind: 'ai-drawing', title: 'AI drawing', data }
			}
		]
	});
	for (const [i, data] of [
		null,
		{ model: 'cow', temperature: 0.4, finished: false, strokes: [] },
		{ model: 'cow', temperature: 0.4, finished: false, strokes: [{ by: 'ai', x: [1, 2], y: [1] }] },
		{ model: '<b>', temperature: 0.4, finished: false, strokes: [{ by: 'ai', x: [1], y: [1] }] }
	].entries())
		expect(
			(await student.post('/api/progress', { data: aiDrawing(data, `bad-drawing-${i}`) })).status(),
			JSON.stringify(data)
		).toBe(400);
	await b.teacher.goto(`${b.path}/gallery`);
	await expect(b.teacher.locator('.artifact-drawing')).toHaveCount(0);
	// Models by a name that is not one, or that this server does not have.
	expect((await visitor.get('/api/sketch-models/Pig..')).status()).toBe(400);
	expect((await visitor.get('/api/sketch-models/unicorn')).status()).toBe(404);
	const help = (data: Record<string, string>) =>
		apis.studentB.post('/learn?/help', {
			maxRedirects: 0,
			headers: { origin, accept: 'text/html' },
			form: data
		});
	expect((await help({ raise: 'yes', returnTo: '/learn' })).status()).toBe(400);
	const offsite = await help({ raise: '0', returnTo: '//evil.example/' });
	expect(offsite.headers()['location']).toBe('/learn');

	await visitor.dispose();
	for (const page of [teacherA, studentA, b.teacher, studentB, organizer] as Page[])
		await page.context().close();
});
