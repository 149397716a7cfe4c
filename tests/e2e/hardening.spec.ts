import { expect, test, type APIRequestContext } from '@playwright/test';
import { press, studentJoins, submitAndWait, teacherWithClass, uniqueEmail } from './helpers';
import { e2eSql } from './e2e-db';
import { whatIsAi } from '../../src/lib/curriculum/skeletons/what-is-ai';

/**
 * What a mischievous student, an attacker and a crowded school network can do, tried against the
 * built server: every refusal is a 4xx with a clear message, and nothing is written.
 */

const LESSON = 'what-is-ai/3-5/spot-the-ai';
const event = (id: string, body: unknown, step = 'exit-ticket') => ({
	id,
	context: LESSON,
	step,
	at: new Date().toISOString(),
	event: body
});

/** Rows that belong to one teacher's class (other tests write elsewhere at the same time). */
async function footprint(classId: string, email: string): Promise<Record<string, number>> {
	const one = async (sql: string, ...args: string[]) =>
		(await e2eSql<{ n: number }>(sql, ...args))[0]!.n;
	const inClass = 'select id from students where class_id = ?';
	const counts = {
		classes: one(
			'select count(*) as n from classes where teacher_id = (select teacher_id from classes where id = ?)',
			classId
		),
		students: one('select count(*) as n from students where class_id = ?', classId),
		classRow: one(
			"select count(*) as n from classes where id = ? and name = 'Hardening' and archived_at is null",
			classId
		),
		assignments: one('select count(*) as n from assignments where class_id = ?', classId),
		events: one(
			`select count(*) as n from progress_events where student_id in (${inClass})`,
			classId
		),
		hidden: one(
			`select count(*) as n from progress_events where hidden_at is not null and student_id in (${inClass})`,
			classId
		),
		doodles: one('select count(*) as n from doodles where class_id = ?', classId),
		votes: one(`select count(*) as n from doodle_labels where student_id in (${inClass})`, classId),
		pictures: one(
			`select count(*) as n from students where picture_password is not null and class_id = ?`,
			classId
		),
		users: one('select count(*) as n from users where email = ?', email),
		signups: one('select count(*) as n from signup_requests where email = ?', email),
		mail: one('select count(*) as n from outbox where to_address = ?', email)
	};
	return Object.fromEntries(
		await Promise.all(
			Object.entries(counts).map(async ([name, count]) => [name, await count] as const)
		)
	);
}

test('a student cannot break the teacher’s pages; what cannot be shown is hidden or removed, and so can a student', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Gallery class');
	await teacher.getByLabel('Module').selectOption('what-is-ai|3-5');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);
	const ana = await studentJoins(browser, code, 'Ana');
	const api = ana.request;

	// Today's attack: a reflection whose text is an array 3,500 deep, 7 KB. Refused at the door.
	const deep = JSON.parse('['.repeat(3500) + ']'.repeat(3500));
	const refusedDeep = await api.post('/api/progress', {
		data: {
			events: [
				event('deep', { type: 'artifact', kind: 'reflection', title: 'x', data: { text: deep } })
			]
		}
	});
	expect(refusedDeep.status()).toBe(400);
	expect(await refusedDeep.json()).toEqual({ code: 'too_deep' });
	for (const body of [
		{ type: 'artifact', kind: 'reflection', title: 'x', data: { text: [[['shallow']]] } },
		{ type: 'artifact', kind: 'made-up', title: 'x', data: { text: 'hi' } },
		{ type: 'artifact', kind: 'reflection', title: 'x\u202e', data: { text: 'hi' } }
	])
		expect(
			(await api.post('/api/progress', { data: { events: [event('bad', body)] } })).status()
		).toBe(400);
	const misplaced = await api.post('/api/progress', {
		data: { events: [{ ...event('junk', { type: 'started' }), context: 'junk/1/2' }] }
	});
	expect(misplaced.status()).toBe(400);
	expect(await misplaced.json()).toMatchObject({
		code: 'unknown_place',
		refused: ['junk']
	});

	const fine = event('fine', {
		type: 'artifact',
		kind: 'reflection',
		title: 'exit-ticket',
		data: { text: 'Machines learn from examples.' }
	});
	expect((await api.post('/api/progress', { data: { events: [fine] } })).status()).toBe(200);

	// What an older server let in (the same payload, written straight to the database).
	await teacher.goto(path);
	const classId = path.split('/').pop()!;
	const anaId = (await teacher.getByRole('link', { name: 'Ana' }).getAttribute('href'))!
		.split('/')
		.pop()!;
	await e2eSql(
		`insert into progress_events (student_id, key, context, step, type, artifact_kind, payload, at)
		 values (?, 'planted', ?, 'what-is-ai-1', 'artifact', 'reflection', ?, ?)`,
		anaId,
		LESSON,
		`{"type":"artifact","kind":"reflection","title":"x","data":{"text":${'['.repeat(3500)}${']'.repeat(3500)}}}`,
		new Date()
	);

	const base = `/teach/classes/${classId}`;
	for (const page of ['/gallery', '/gallery/present', `/students/${anaId}`])
		expect((await teacher.request.get(base + page)).status(), page).toBe(200);
	const assignment = (await teacher.getByRole('link', { name: 'Progress' }).getAttribute('href'))!
		.split('/')
		.pop()!;
	const csv = await teacher.request.get(`${base}/progress/${assignment}/export.csv`);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain('Machines learn from examples.');

	await teacher.goto(`${base}/gallery`);
	await expect(teacher.getByTestId('gallery-counts')).toHaveText('2 shown, 0 hidden');
	const broken = teacher.locator('[data-artifact="planted"]');
	await expect(broken.getByRole('heading')).toHaveText('Cannot be shown');
	await expect(broken).toContainText('You can hide it or remove it.');
	await submitAndWait(teacher, broken.getByRole('button', { name: 'Hide' }), `${base}/gallery`);
	await expect(teacher.getByTestId('gallery-counts')).toHaveText('1 shown, 1 hidden');
	await press(broken.getByText('Remove…'));
	await submitAndWait(
		teacher,
		broken.getByRole('button', { name: 'Remove for good' }),
		`${base}/gallery`
	);
	await expect(teacher.locator('[data-artifact="planted"]')).toHaveCount(0);
	await expect(teacher.getByTestId('gallery-counts')).toHaveText('1 shown, 0 hidden');

	// The teacher removes Ana with her work; her tablet is signed out.
	await teacher.goto(`${base}/students/${anaId}`);
	await press(teacher.getByText('Remove this student…'));
	await submitAndWait(
		teacher,
		teacher.getByRole('button', { name: 'Remove the student and their work' }),
		`${base}/students/${anaId}`
	);
	await expect(teacher).toHaveURL(new RegExp(`${base}\\?removed=1$`));
	await expect(teacher.getByText('The student and their work were removed.')).toBeVisible();
	await expect(teacher.locator('.roster li')).toHaveCount(0);
	expect((await footprint(classId, 'nobody')).events).toBe(0);
	await ana.goto('/learn');
	await expect(ana).toHaveURL(/\/join/);
	await ana.context().close();
	await teacher.context().close();
});

test('the gallery pages: 48 items a page, counted over the whole gallery', async ({ browser }) => {
	test.setTimeout(120_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Busy gallery');
	const steps = whatIsAi.lessons['3-5']!.find((l) => l.slug === 'spot-the-ai')!.steps.map(
		(s) => s.id
	);
	const students = [];
	for (const name of ['Ana', 'Ben', 'Cai', 'Dee', 'Eli'])
		students.push(await studentJoins(browser, code, name));
	// Every student saves a reflection on every step: one item each, 5 x steps in all.
	for (const [i, student] of students.entries()) {
		const events = steps.map((step, j) => ({
			...event(
				`r-${i}-${j}`,
				{ type: 'artifact', kind: 'reflection', title: step, data: { text: `${i}-${j}` } },
				step
			),
			at: new Date(Date.UTC(2026, 10, 25, 10, i, j)).toISOString()
		}));
		expect((await student.request.post('/api/progress', { data: { events } })).status()).toBe(200);
	}
	const total = students.length * steps.length;
	expect(total).toBeGreaterThan(48);
	const gallery = `${path}/gallery`;
	await teacher.goto(gallery);
	await expect(teacher.getByTestId('gallery-counts')).toHaveText(`${total} shown, 0 hidden`);
	await expect(teacher.locator('.artifact-grid > li')).toHaveCount(48);
	const pages = Math.ceil(total / 48);
	await expect(teacher.getByRole('navigation', { name: `Page 1 of ${pages}` })).toBeVisible();
	// Newest first: the last student's last step.
	await expect(teacher.locator('.artifact-text').first()).toHaveText(`4-${steps.length - 1}`);
	await press(teacher.getByRole('link', { name: 'Older' }));
	await expect(teacher).toHaveURL(new RegExp(`${gallery}\\?page=2$`));
	await expect(teacher.locator('.artifact-grid > li')).toHaveCount(total - 48);
	await expect(teacher.locator('.artifact-text').last()).toHaveText('0-0');
	expect((await teacher.request.get(`${gallery}?page=abc`)).status()).toBe(200);
	for (const student of students) await student.context().close();
	await teacher.context().close();
});

test('redirect targets: one check, a table of tricky targets, never another site and never a 500', async ({
	browser,
	baseURL
}) => {
	const { teacher, code } = await teacherWithClass(browser, 'Redirects');
	const student = await studentJoins(browser, code, 'Rita');
	const origin = { origin: baseURL!, accept: 'text/html' };
	const tricky = [
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\nSet-Cookie: pwned=1',
		'//evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'https://evil.example/',
		'/.//evil.example',
		'/\u0000',
		'javascript:alert(1)'
	];
	// Each path that follows a target: who sends it, the form, and where it must land instead.
	const followers: {
		api: APIRequestContext;
		path: string;
		field: string;
		form: Record<string, string>;
		home: string;
	}[] = [
		{
			api: teacher.request,
			path: '/language',
			field: 'redirectTo',
			form: { locale: 'en' },
			home: '/'
		},
		{
			api: student.request,
			path: '/learn?/help',
			field: 'returnTo',
			form: { raise: '0' },
			home: '/learn'
		}
	];
	for (const target of tricky) {
		const label = JSON.stringify(target);
		const login = await teacher.request.get(`/login?redirectTo=${encodeURIComponent(target)}`, {
			maxRedirects: 0
		});
		expect(login.status(), label).toBe(303);
		expect(login.headers()['location'], label).toBe('/teach');
		for (const { api, path, field, form, home } of followers) {
			const response = await api.post(path, {
				form: { ...form, [field]: target },
				headers: origin,
				maxRedirects: 0
			});
			expect(response.status(), `${path} ${label}`).toBe(303);
			expect(response.headers()['location'], `${path} ${label}`).toBe(home);
		}
	}
	const good = await teacher.request.get(
		`/login?redirectTo=${encodeURIComponent('/teach/classes?x=1')}`,
		{
			maxRedirects: 0
		}
	);
	expect(good.headers()['location']).toBe('/teach/classes?x=1');
	await student.context().close();
	await teacher.context().close();
});

test('limits: a flood from one student, wrong codes from one tablet, a roster past the cap, names that hide things', async ({
	browser,
	playwright,
	baseURL
}) => {
	test.setTimeout(120_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Limits');
	const classId = path.split('/').pop()!;
	const flooder = await studentJoins(browser, code, 'Flo');
	const api = flooder.request;

	// One event too large for good: 413, named, nothing stored.
	const points = Array.from({ length: 4000 }, (_, i) => 1234.56789012345 + i / 1e6);
	const huge = await api.post('/api/progress', {
		data: {
			events: [
				{
					id: 'huge',
					context: 'activity:doodle-lab',
					at: new Date().toISOString(),
					event: {
						type: 'artifact',
						kind: 'ai-drawing',
						title: 'AI drawing',
						data: {
							model: 'cow',
							temperature: 0.4,
							finished: false,
							strokes: [0, 1, 2, 3].map((i) => ({
								by: 'ai',
								x: points.slice(i * 1000, (i + 1) * 1000),
								y: points.slice(i * 1000, (i + 1) * 1000)
							}))
						}
					}
				}
			]
		}
	});
	expect(huge.status()).toBe(413);
	expect(await huge.json()).toMatchObject({ code: 'too_large', refused: ['huge'] });

	// 600 events a minute go through; the next batch is told to wait, and nothing of it is stored.
	const batch = (n: number) => ({
		events: Array.from({ length: 100 }, (_, i) => event(`e-${n}-${i}`, { type: 'started' }))
	});
	for (let n = 0; n < 6; n++)
		expect((await api.post('/api/progress', { data: batch(n) })).status()).toBe(200);
	const limited = await api.post('/api/progress', { data: batch(6) });
	expect(limited.status()).toBe(429);
	expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
	expect((await footprint(classId, 'nobody')).events).toBe(600);

	// Wrong join codes from one tablet lock that tablet; another tablet at the same school joins.
	const prank = await playwright.request.newContext({ baseURL });
	const origin = { origin: baseURL!, accept: 'text/html' };
	let status = 0;
	for (let i = 0; i < 21 && status !== 429; i++)
		status = (
			await prank.post('/join', { form: { code: 'WXYZ34' }, headers: origin, maxRedirects: 0 })
		).status();
	expect(status).toBe(429);
	expect(
		(await prank.post('/join', { form: { code }, headers: origin, maxRedirects: 0 })).status()
	).toBe(429);
	const classmate = await playwright.request.newContext({ baseURL });
	const joined = await classmate.post('/join', {
		form: { code },
		headers: origin,
		maxRedirects: 0
	});
	expect(joined.status()).toBe(303);
	expect(joined.headers()['location']).toBe(`/join/${code}`);

	// A nickname that hides characters: a clear message, nobody added.
	const tablet = await (await browser.newContext()).newPage();
	await tablet.goto(`/join/${code}`);
	await tablet.getByLabel('Your first name or a nickname').fill('Ana\u200b\u202e');
	await submitAndWait(tablet, tablet.getByRole('button', { name: 'Continue' }), `/join/${code}`);
	await expect(
		tablet.getByText('Please use only letters, numbers and everyday punctuation')
	).toBeVisible();

	// Rosters: 60 and 60 fit, 60 more would pass 150 and are refused whole.
	const roster = (from: number) =>
		Array.from({ length: 60 }, (_, i) => `Student ${from + i}`).join('\n');
	for (const from of [0, 60]) {
		await teacher.getByLabel('Paste a roster').fill(roster(from));
		await submitAndWait(teacher, teacher.getByRole('button', { name: 'Add students' }), path);
		await expect(teacher.getByLabel('Paste a roster')).toHaveValue('');
	}
	await teacher.getByLabel('Paste a roster').fill(roster(120));
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Add students' }), path);
	await expect(teacher.getByText('This would take the class past 150 students')).toBeVisible();
	expect((await footprint(classId, 'nobody')).students).toBe(121);

	for (const context of [prank, classmate]) await context.dispose();
	for (const page of [tablet, flooder, teacher]) await page.context().close();
});

test('security headers on pages, endpoints, static files, model files and the service worker', async ({
	request
}) => {
	for (const path of [
		'/',
		'/join',
		'/api/sketch-models',
		'/favicon.svg',
		'/sketch-rnn/cow.gen.json',
		'/service-worker.js'
	]) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['x-frame-options'], path).toBe('DENY');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
	}
});

test('bad input to every form and JSON endpoint: a 4xx, and nothing written', async ({
	browser,
	playwright,
	baseURL
}) => {
	test.setTimeout(180_000);
	const email = uniqueEmail('bad-input');
	const { teacher, path, code } = await teacherWithClass(browser, 'Hardening');
	const classId = path.split('/').pop()!;
	await teacher.getByLabel('Module').selectOption('what-is-ai|3-5');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);
	const student = await studentJoins(browser, code, 'Bea');
	const studentId = (await (await teacher.request.get(path)).text()).match(
		new RegExp(`/teach/classes/${classId}/students/([a-z2-7]+)`)
	)![1]!;
	const visitor = await playwright.request.newContext({ baseURL });
	const origin = baseURL!;
	const before = await footprint(classId, email);

	const form = (api: APIRequestContext, url: string, data: Record<string, string>) =>
		api.post(url, { form: data, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
	const json = (api: APIRequestContext, url: string, data: unknown) =>
		api.post(url, {
			data: typeof data === 'string' ? data : JSON.stringify(data),
			headers: { 'content-type': 'application/json' },
			maxRedirects: 0
		});
	const signup = {
		name: 'Ms Bad',
		email,
		password: 'a long password 1',
		country: 'KE',
		school: 'S'
	};
	const base = `/teach/classes/${classId}`;
	const cases: [string, () => Promise<{ status(): number }>][] = [
		['signup: no fields', () => form(visitor, '/signup', {})],
		['signup: NUL name', () => form(visitor, '/signup', { ...signup, name: '\u0000' })],
		['signup: zero-width school', () => form(visitor, '/signup', { ...signup, school: '\u200b' })],
		['signup: RTL override', () => form(visitor, '/signup', { ...signup, name: 'Ana\u202e' })],
		['signup: escape in name', () => form(visitor, '/signup', { ...signup, name: '\u001b[2J' })],
		['signup: long school', () => form(visitor, '/signup', { ...signup, school: 'x'.repeat(201) })],
		['signup: bad email', () => form(visitor, '/signup', { ...signup, email: 'nope' })],
		['signup: bad country', () => form(visitor, '/signup', { ...signup, country: 'XX' })],
		[
			'signup: common password',
			() => form(visitor, '/signup', { ...signup, password: 'password123' })
		],
		['login: empty', () => form(visitor, '/login', {})],
		['login: huge password', () => form(visitor, '/login', { email, password: 'x'.repeat(300) })],
		['language: unknown', () => form(visitor, '/language', { locale: 'xx' })],
		[
			'create class: empty',
			() => form(teacher.request, '/teach/classes?/create', { name: '', band: '3-5' })
		],
		[
			'create class: invisible',
			() => form(teacher.request, '/teach/classes?/create', { name: '\u200b\u200c', band: '3-5' })
		],
		[
			'create class: bad band',
			() => form(teacher.request, '/teach/classes?/create', { name: 'X', band: '13' })
		],
		['rename: control', () => form(teacher.request, `${base}?/rename`, { name: 'A\u0007' })],
		['rename: long', () => form(teacher.request, `${base}?/rename`, { name: 'x'.repeat(61) })],
		[
			'roster: too many',
			() =>
				form(teacher.request, `${base}?/roster`, {
					roster: Array.from({ length: 61 }, (_, i) => `S${i}`).join('\n')
				})
		],
		[
			'roster: hidden characters',
			() => form(teacher.request, `${base}?/roster`, { roster: 'Ana\nBen\u202e' })
		],
		[
			'roster: long name',
			() => form(teacher.request, `${base}?/roster`, { roster: 'x'.repeat(31) })
		],
		[
			'assign: bad module',
			() => form(teacher.request, `${base}?/assign`, { module: 'nope', due: '' })
		],
		[
			'assign: bad date',
			() =>
				form(teacher.request, `${base}?/assign`, { module: 'what-is-ai|6-8', due: '2026-13-40' })
		],
		['unassign: unknown', () => form(teacher.request, `${base}?/unassign`, { assignment: 'nope' })],
		[
			'reset pictures: unknown',
			() => form(teacher.request, `${base}?/resetPictures`, { student: 'nope' })
		],
		['delete: wrong name', () => form(teacher.request, `${base}?/delete`, { confirm: 'Not it' })],
		['gallery hide: missing', () => form(teacher.request, `${base}/gallery?/hide`, {})],
		[
			'gallery remove: unknown',
			() => form(teacher.request, `${base}/gallery?/remove`, { student: studentId, key: 'nope' })
		],
		[
			'remove student: missing',
			() => form(teacher.request, `${base}/students/${studentId}?/removeStudent`, {})
		],
		[
			'remove student: unknown',
			() =>
				form(teacher.request, `${base}/students/${studentId}?/removeStudent`, { student: 'nope' })
		],
		['doodles hide: missing', () => form(teacher.request, `${base}/doodles?/hide`, {})],
		['doodles clear: unconfirmed', () => form(teacher.request, `${base}/doodles?/clear`, {})],
		[
			'account: wrong password',
			() =>
				form(teacher.request, '/account?/changePassword', {
					currentPassword: 'nope',
					newPassword: 'another-long-1',
					confirmPassword: 'another-long-1'
				})
		],
		['join: unknown code', () => form(visitor, '/join', { code: 'ZZZZ' })],
		['join: empty name', () => form(visitor, `/join/${code}?/new`, { name: '' })],
		['join: NUL name', () => form(visitor, `/join/${code}?/new`, { name: '\u0000' })],
		['join: long name', () => form(visitor, `/join/${code}?/new`, { name: 'x'.repeat(31) })],
		[
			'join: bad avatar',
			() => form(visitor, `/join/${code}/${studentId}?/avatar`, { avatar: 'dragon' })
		],
		[
			'join: bad picture',
			() => form(visitor, `/join/${code}/${studentId}?/picture`, { pick: 'dragon' })
		],
		[
			'help: bad flag',
			() => form(student.request, '/learn?/help', { raise: 'yes', returnTo: '/learn' })
		],
		['progress: not JSON', () => json(student.request, '/api/progress', '{"events": [')],
		[
			'progress: too deep',
			() => json(student.request, '/api/progress', '['.repeat(100) + ']'.repeat(100))
		],
		['progress: no events', () => json(student.request, '/api/progress', { events: [] })],
		[
			'progress: 101 events',
			() =>
				json(student.request, '/api/progress', {
					events: Array.from({ length: 101 }, (_, i) => event(`x${i}`, { type: 'started' }))
				})
		],
		[
			'progress: bad date',
			() =>
				json(student.request, '/api/progress', {
					events: [{ ...event('d', { type: 'started' }), at: 'yesterday' }]
				})
		],
		[
			'progress: unknown type',
			() => json(student.request, '/api/progress', { events: [event('t', { type: 'hack' })] })
		],
		[
			'progress: unknown step',
			() =>
				json(student.request, '/api/progress', {
					events: [event('s', { type: 'started' }, 'no-such-step')]
				})
		],
		[
			'progress: body over 6.4 MB',
			() => json(student.request, '/api/progress', { pad: 'x'.repeat(7_000_000) })
		],
		[
			'progress: visitor',
			() => json(visitor, '/api/progress', { events: [event('v', { type: 'started' })] })
		],
		[
			'doodles: bad animal',
			() => json(student.request, '/api/doodles', { animal: 'dragon', drawing: [[[1], [1]]] })
		],
		[
			'doodles: too deep',
			() =>
				json(student.request, '/api/doodles', {
					animal: 'pig',
					drawing: JSON.parse('['.repeat(40) + ']'.repeat(40))
				})
		],
		[
			'votes: unknown drawing',
			() => json(student.request, '/api/doodles/votes', { doodle: 'nope', label: 'plain' })
		],
		[
			'votes: bad label',
			() => json(student.request, '/api/doodles/votes', { doodle: 'nope', label: 'maybe' })
		]
	];
	const failures: string[] = [];
	for (const [label, send] of cases) {
		const status = (await send()).status();
		if (status < 400 || status >= 500) failures.push(`${label}: ${status}`);
	}
	expect(failures).toEqual([]);
	expect(await footprint(classId, email)).toEqual(before);

	await visitor.dispose();
	for (const page of [student, teacher]) await page.context().close();
});
