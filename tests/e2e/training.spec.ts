import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { hashPassword } from '../../src/lib/server/auth/password';
import { utcToZonedTime } from '../../src/lib/registrations/event';
import {
	DEMO_ORGANIZER,
	DEMO_PASSWORD,
	DEMO_TEACHER,
	TABLET,
	lastMailTo,
	logIn,
	press,
	signUp,
	submitAndWait,
	uniqueEmail
} from './helpers';
import { e2eSql } from './e2e-db';

const ZONE = 'America/New_York';

/** A session's form as the organizer fills it, starting `startsIn` minutes from now. */
function sessionForm(title: string, capacity: number, startsIn: number, minutes = 90) {
	const at = (offset: number) => utcToZonedTime(new Date(Date.now() + offset * 60_000), ZONE);
	return {
		title,
		description: 'Generators, discriminators and the "Real or fake?" lesson.',
		facilitator: 'Dr. Rivera',
		timeZone: ZONE,
		starts: at(startsIn),
		ends: at(startsIn + minutes),
		capacity: String(capacity),
		onlineUrl: 'https://meet.example.org/gans',
		place: '',
		language: 'en',
		band: '6-8',
		claimMinutes: '0'
	};
}

async function signedIn(
	baseURL: string,
	email: string,
	password: string
): Promise<APIRequestContext> {
	const api = await request.newContext({ baseURL });
	const response = await api.post('/login', {
		form: { email, password },
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status(), `log-in of ${email}`).toBe(303);
	return api;
}

function seats(sessionId: string) {
	return e2eSql<{ status: string; queue: number }>(
		'select status, queue from training_seats where session_id = ? order by queue',
		sessionId
	);
}

test('50 teachers asking for the last 10 seats at the same moment: exactly 10 get one, 40 wait in order', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	const organizer = await signedIn(baseURL!, DEMO_ORGANIZER, DEMO_PASSWORD);
	const created = await organizer.post('/organize/training?/create', {
		form: sessionForm('The last ten seats', 12, 24 * 60),
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(created.status()).toBe(303);
	const sessionId = created.headers()['location']!.split('/').pop()!;

	// 52 teacher accounts, written straight into the database (signing 52 up through the mailed
	// link would test sign-up, not seats); each then logs in through the real log-in form.
	const password = 'last-ten-seats-42';
	const passwordHash = await hashPassword(password);
	const prefix = uniqueEmail('seat').split('@')[0];
	const emails = Array.from({ length: 52 }, (_, i) => `${prefix}-${i}@school.org`);
	await e2eSql(
		`insert into users (id, email, name, password_hash, role, country, school) values ${emails
			.map(() => "(?, ?, ?, ?, 'teacher', 'US', 'Lincoln School')")
			.join(', ')}`,
		...emails.flatMap((email, i) => [`${prefix}-${i}`, email, `Teacher ${i}`, passwordHash])
	);
	const teachers = await Promise.all(emails.map((email) => signedIn(baseURL!, email, password)));
	const register = (api: APIRequestContext) =>
		api.post(`/training/${sessionId}?/register`, {
			form: {},
			headers: { origin: baseURL!, accept: 'application/json' }
		});
	// Two seats go first, so ten are left…
	for (const api of teachers.slice(0, 2)) expect((await register(api)).status()).toBe(200);
	// …then fifty teachers ask at once.
	const answers = await Promise.all(teachers.slice(2).map(register));
	const outcomes = await Promise.all(
		answers.map(async (response) => {
			expect(response.status()).toBe(200);
			const body = (await response.json()) as { type: string; data: string };
			expect(body.type).toBe('success');
			return body.data.includes('"registered"') ? 'registered' : 'waitlisted';
		})
	);
	expect(outcomes.filter((o) => o === 'registered')).toHaveLength(10);
	expect(outcomes.filter((o) => o === 'waitlisted')).toHaveLength(40);

	const stored = await seats(sessionId);
	expect(stored.filter((seat) => seat.status === 'registered')).toHaveLength(12);
	const waiting = stored.filter((seat) => seat.status === 'waitlisted');
	expect(waiting).toHaveLength(40);
	expect(new Set(stored.map((seat) => seat.queue)).size).toBe(52);

	// The page shows no seat that is not there, and each teacher's own place in line.
	const page = await teachers[0]!.get(`/training/${sessionId}`);
	const html = await page.text();
	expect(html).toContain('data-seats-left="0"');
	expect(html).toContain('Full: 40 teachers on the waitlist');
	await Promise.all([organizer, ...teachers].map((api) => api.dispose()));
});

async function teacherPage(
	browser: import('@playwright/test').Browser,
	options: object,
	name: string
): Promise<{ page: Page; email: string }> {
	const page = await (
		await browser.newContext({ ...options, timezoneId: 'Europe/Madrid' })
	).newPage();
	const email = uniqueEmail('pd');
	await signUp(page, { name, email, password: 'spotted-cows-42' });
	return { page, email };
}

test('register, waitlist, promotion, check-in and certificate, on a tablet and at a desk', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const organizer = await (await browser.newContext()).newPage();
	await logIn(organizer, DEMO_ORGANIZER, DEMO_PASSWORD);
	await organizer.goto('/organize/training');
	const form = sessionForm(`Check-in ${Date.now()}`, 1, -5);
	await organizer.getByLabel('Title').first().fill(form.title);
	await organizer.getByLabel('Description').fill(form.description);
	await organizer.getByLabel('Facilitator').fill(form.facilitator);
	await organizer.getByLabel('Time zone').selectOption(ZONE);
	await organizer.getByLabel('Starts').fill(form.starts);
	await organizer.getByLabel('Ends').fill(form.ends);
	await organizer.getByLabel('Seats').fill('1');
	await organizer.getByLabel('Online link').fill(form.onlineUrl);
	await press(organizer.getByRole('button', { name: 'Create session' }));
	await expect(organizer.getByRole('heading', { name: form.title })).toBeVisible();
	const sessionPath = new URL(organizer.url()).pathname.replace('/organize', '');

	// On a tablet, in Madrid: the one seat, with both clocks shown.
	const first = await teacherPage(browser, TABLET, 'Ana Tablet');
	await first.page.goto(sessionPath);
	await expect(first.page.getByText(`In the session's time zone (${ZONE})`)).toBeVisible();
	await expect(first.page.getByText('1 seat left')).toBeVisible();
	await submitAndWait(
		first.page,
		first.page.getByRole('button', { name: 'Register' }),
		sessionPath
	);
	await expect(first.page.getByText(/^You are registered\./)).toBeVisible();
	expect((await lastMailTo(first.email)).subject).toBe(`Your seat is booked: ${form.title}`);

	// At a desk: the session is full, so the waitlist, number 1.
	const second = await teacherPage(browser, { viewport: { width: 1280, height: 900 } }, 'Ben Desk');
	await second.page.goto(sessionPath);
	await expect(second.page.getByText('Full: 0 teachers on the waitlist')).toBeVisible();
	await submitAndWait(
		second.page,
		second.page.getByRole('button', { name: 'Join the waitlist' }),
		sessionPath
	);
	await expect(second.page.getByText(/you are number 1 on the waitlist/)).toBeVisible();

	// The first gives up the seat: it goes to the second at once, by mail too.
	await submitAndWait(
		first.page,
		first.page.getByRole('button', { name: 'Cancel my registration' }),
		sessionPath
	);
	// Its seat went straight to the waitlist, so it can only join the (now empty) waitlist.
	await expect(first.page.getByRole('button', { name: 'Join the waitlist' })).toBeVisible();
	expect((await lastMailTo(second.email)).subject).toBe(`A seat is yours: ${form.title}`);
	await second.page.reload();
	await expect(second.page.getByText(/^You are registered\./)).toBeVisible();
	await expect(second.page.getByRole('link', { name: 'Join the session online' })).toBeVisible();

	// The facilitator shows the code; a wrong one is refused, the right one checks in.
	await organizer.goto(`/organize${sessionPath}/check-in`);
	const code = (await organizer.locator('[data-check-in-code]').textContent())!.replace(/\s/g, '');
	expect(code).toMatch(/^\d{6}$/);
	const wrong = code === '000000' ? '111111' : '000000';
	await second.page.getByLabel('Check-in code shown by the facilitator').fill(wrong);
	await submitAndWait(
		second.page,
		second.page.getByRole('button', { name: 'Check in' }),
		sessionPath
	);
	await expect(second.page.getByRole('alert')).toContainText('not the session');
	await second.page.getByLabel('Check-in code shown by the facilitator').fill(code);
	await submitAndWait(
		second.page,
		second.page.getByRole('button', { name: 'Check in' }),
		sessionPath
	);
	await expect(second.page.getByText('You are checked in.')).toBeVisible();

	const download = second.page.waitForEvent('download');
	await press(second.page.getByRole('link', { name: 'Download my certificate (PDF)' }));
	const file = await (await download).path();
	const bytes = (await import('node:fs')).readFileSync(file);
	expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
	const certificate = /day-of-ai-certificate-([0-9A-Z-]+)\.pdf/.exec(
		(await download).suggestedFilename()
	)![1]!;

	// Anyone can check it, and learns only what it states.
	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto('/certificates');
	await visitor.getByLabel('Verification code').fill(certificate.toLowerCase());
	await press(visitor.getByRole('button', { name: 'Check' }));
	await expect(visitor.getByRole('heading', { name: 'This certificate is valid' })).toBeVisible();
	await expect(visitor.locator('#certificate-name')).toHaveText('Ben Desk');
	await expect(visitor.getByText(form.title)).toBeVisible();
	expect(await visitor.content()).not.toContain(second.email);
	const tampered = certificate.slice(0, -1) + (certificate.endsWith('A') ? 'B' : 'A');
	const refused = await visitor.goto(`/certificates/${tampered}`);
	expect(refused?.status()).toBe(404);

	// The organizer's roster shows who checked in; the CSV says the same.
	await organizer.goto(`/organize${sessionPath}`);
	await expect(
		organizer.locator(`[data-seat-row="${second.email}"] [data-attended]`)
	).toContainText('Checked in');
	const csv = await organizer.request.get(`/organize${sessionPath}/roster.csv`);
	const text = await csv.text();
	expect(text).toContain(`${second.email},Nairobi Primary,KE,registered,`);
	expect(text).toContain(`${first.email},Nairobi Primary,KE,cancelled,`);
});

async function count(table: string, where = '1 = 1', ...params: string[]): Promise<number> {
	const [row] = await e2eSql<{ n: number }>(
		`select count(*) as n from ${table} where ${where}`,
		...params
	);
	return row!.n;
}

test('bad input to sessions gets a clear refusal and changes nothing', async ({ baseURL }) => {
	const organizer = await signedIn(baseURL!, DEMO_ORGANIZER, DEMO_PASSWORD);
	const post = (path: string, form: Record<string, string | object>) =>
		organizer.post(path, {
			multipart: form as Record<string, string>,
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
	const sessions = await count('training_sessions');
	for (const bad of [
		{ ends: sessionForm('x', 1, 60).starts },
		{ capacity: '0' },
		{ timeZone: 'Mars/Olympus' },
		{ onlineUrl: 'javascript:alert(1)' },
		{ onlineUrl: '', place: '' },
		{ title: '\u202Eevil' }
	]) {
		const response = await post('/organize/training?/create', {
			...sessionForm('Refused session', 10, 60),
			...bad
		});
		expect(response.status(), JSON.stringify(bad)).toBe(400);
		expect(await response.text()).toContain('Please correct the highlighted fields.');
	}
	expect(await count('training_sessions')).toBe(sessions);

	const created = await post('/organize/training?/create', sessionForm('Materials', 5, 60));
	const sessionPath = created.headers()['location']!;
	const sessionId = sessionPath.split('/').pop()!;
	const file = (name: string, mimeType: string, size: number) => ({
		name,
		mimeType,
		buffer: Buffer.alloc(size, 1)
	});
	expect(
		(
			await post(`${sessionPath}?/addFile`, {
				title: 'Tool',
				file: file('tool.exe', 'application/x-msdownload', 100)
			})
		).status()
	).toBe(415);
	expect(
		(
			await post(`${sessionPath}?/addFile`, {
				title: 'Huge',
				file: file('huge.pdf', 'application/pdf', 5 * 1024 * 1024 + 1)
			})
		).status()
	).toBe(413);
	expect(
		(
			await post(`${sessionPath}?/addFile`, {
				title: '',
				file: file('a.pdf', 'application/pdf', 10)
			})
		).status()
	).toBe(400);
	expect(
		(
			await post(`${sessionPath}?/addLink`, { title: 'Slides', url: 'javascript:alert(1)' })
		).status()
	).toBe(400);
	expect(await count('training_materials', 'session_id = ?', sessionId)).toBe(0);
	expect(
		(
			await post(`${sessionPath}?/addFile`, {
				title: 'Slides',
				file: file('slides.pdf', 'application/pdf', 2048)
			})
		).status()
	).toBe(200);
	expect(await count('training_materials', 'session_id = ?', sessionId)).toBe(1);

	// A cancelled session takes no registrations and no second cancellation.
	expect((await post(`${sessionPath}?/cancel`, {})).status()).toBe(200);
	expect((await post(`${sessionPath}?/cancel`, {})).status()).toBe(409);
	const teacher = await signedIn(baseURL!, DEMO_TEACHER, DEMO_PASSWORD);
	const refused = await teacher.post(`/training/${sessionId}?/register`, {
		form: {},
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(refused.status()).toBe(409);
	expect(await refused.text()).toContain('This session is cancelled.');
	expect(await count('training_seats', 'session_id = ?', sessionId)).toBe(0);
	expect((await teacher.get('/training/no-such-session')).status()).toBe(404);
	await Promise.all([organizer.dispose(), teacher.dispose()]);
});

test("a teacher's time zone: nothing preselected until it is known, then the browser's, saved once", async ({
	browser
}) => {
	const withScript = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
	const page = await withScript.newPage();
	await signUp(page, {
		name: 'Kenji Zone',
		email: uniqueEmail('zone'),
		password: 'spotted-cows-42'
	});

	// Without JavaScript the browser's zone cannot be read: the list asks, it does not pick.
	const plain = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await withScript.storageState()
	});
	const form = await plain.newPage();
	await form.goto('/training');
	const zone = form.getByLabel(/each session's own time zone/);
	await expect(zone).toHaveValue('');
	await expect(zone.locator('option:checked')).toHaveText('Choose your time zone');
	await form.getByRole('button', { name: 'Save time zone' }).click();
	await expect(form.getByText('Choose a time zone from the list.')).toBeVisible();

	// With it, the browser's zone is chosen and saved without a tap.
	await page.goto('/training');
	await expect(page.getByText('Times are shown in your time zone, Asia/Tokyo.')).toBeVisible();
	await form.goto('/training');
	const saved = form.getByLabel(/your time zone, Asia\/Tokyo/);
	await expect(saved).toHaveValue('Asia/Tokyo');
	await expect(saved.locator('option[value=""]')).toHaveCount(0);
	await Promise.all([withScript.close(), plain.close()]);
});
