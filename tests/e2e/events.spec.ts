import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	DEMO_ORGANIZER,
	DEMO_PASSWORD,
	TABLET,
	lastMailTo,
	logIn,
	press,
	signupLink,
	submitAndWait,
	uniqueEmail
} from './helpers';
import { e2eSql } from './e2e-db';

/** An organizer (own browser) creates an event through the form; returns their page and its slug. */
async function organizerWithEvent(
	browser: Browser,
	window: { opens: string; closes: string } = {
		opens: '2026-01-01T09:00',
		closes: '2035-06-30T18:00'
	}
): Promise<{ organizer: Page; slug: string }> {
	const organizer = await (await browser.newContext()).newPage();
	await logIn(organizer, DEMO_ORGANIZER, DEMO_PASSWORD);
	await expect(organizer).toHaveURL(/\/organize$/);
	const slug = `day-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
	await organizer.getByLabel('Name', { exact: true }).fill(`Day of AI ${slug}`);
	await organizer.getByLabel('Web address').fill(slug);
	await organizer.getByLabel('Day of the event').fill('2035-05-14');
	await organizer.getByLabel('Time zone').selectOption('Europe/Madrid');
	await organizer.getByLabel('Registration goal').fill('4');
	await organizer.getByLabel('Registration opens').fill(window.opens);
	await organizer.getByLabel('Registration closes').fill(window.closes);
	await press(organizer.getByRole('button', { name: 'Create an event' }));
	await expect(organizer).toHaveURL(new RegExp(`/organize/events/${slug}$`));
	return { organizer, slug };
}

async function register(
	page: Page,
	slug: string,
	who: {
		name: string;
		email: string;
		country: string;
		bands: string[];
		students: string;
		/** Also create a teacher account with this password. */
		password?: string;
	}
) {
	await page.goto(`/events/${slug}`);
	if (who.password !== undefined) {
		await press(page.getByText('Also create a teacher account (optional)'));
		await page.getByLabel('Yes, create my teacher account with this address').check();
		await page.getByLabel('Password').fill(who.password);
	}
	await page.getByLabel('Your name').fill(who.name);
	await page.getByLabel('Email', { exact: true }).fill(who.email);
	await page.getByLabel('Your role').selectOption('teacher');
	await page.getByLabel('School or organization').fill('Escuela 12');
	await page.getByLabel('Country').selectOption(who.country);
	for (const band of who.bands) await page.getByLabel(`Grades ${band}`).check();
	await page.getByLabel('How many students will take part?').fill(who.students);
	await page.getByLabel(/may contact me/).check();
	// The server refuses forms sent sooner than a person could fill them in (1 s in these tests).
	await page.waitForTimeout(1_100);
	await submitAndWait(page, page.getByRole('button', { name: 'Register' }), `/events/${slug}`);
}

function figure(page: Page, name: string) {
	return page.locator(`[data-figure="${name}"] .stat-value`);
}

test('an educator registers on a tablet, once per address; the dashboard and its map count them', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const { organizer, slug } = await organizerWithEvent(browser);
	const tablet = await (await browser.newContext(TABLET)).newPage();
	const email = uniqueEmail('ana-uy');

	await tablet.goto(`/events/${slug}`);
	await expect(tablet.locator('.counter')).toHaveText('0 educators in 0 countries');
	// Consent starts unticked.
	await expect(tablet.getByLabel(/may contact me/)).not.toBeChecked();
	await register(tablet, slug, {
		name: 'Ana Uruguaya',
		email,
		country: 'UY',
		bands: ['3-5', '6-8'],
		students: '30'
	});
	await expect(tablet.getByRole('heading', { name: 'You are registered!' })).toBeVisible();
	await expect(tablet.locator('.counter')).toHaveText('1 educator in 1 country');

	// The same address in capitals (and with spaces) updates the registration: still one.
	await register(tablet, slug, {
		name: 'Ana Uruguaya',
		email: `  ${email.toUpperCase()} `,
		country: 'UY',
		bands: ['3-5', '6-8'],
		students: '35'
	});
	await expect(tablet.getByRole('heading', { name: 'Your registration is updated' })).toBeVisible();
	await expect(tablet.locator('.counter')).toHaveText('1 educator in 1 country');

	// The public page and its counter show totals, never a name or an address.
	await tablet.goto(`/events/${slug}`);
	const html = await tablet.content();
	expect(html).not.toContain('Ana Uruguaya');
	expect(html.toLowerCase()).not.toContain(email.toLowerCase());
	expect(await (await tablet.request.get(`/events/${slug}/counter`)).json()).toEqual({
		educators: 1,
		countries: 1
	});

	await organizer.reload();
	await expect(figure(organizer, 'registrations')).toHaveText('1');
	await expect(figure(organizer, 'countries')).toHaveText('1');
	await expect(figure(organizer, 'students')).toHaveText('35');
	await expect(figure(organizer, 'goal')).toHaveText('25%');
	const uruguay = organizer.locator('a[data-country="UY"]');
	await expect(uruguay).toHaveAttribute('data-count', '1');
	await expect(uruguay.locator('path')).toHaveClass(/shade-5/);
	await expect(organizer.locator('a[data-country="ES"]')).toHaveAttribute('data-count', '0');

	// A second educator, from Spain: the open dashboard and the open public page follow by
	// themselves (every 30 and 15 s; the pages' clocks are moved on here).
	await organizer.clock.install();
	await organizer.reload();
	await tablet.clock.install();
	await tablet.goto(`/events/${slug}`);
	const second = await (await browser.newContext(TABLET)).newPage();
	await register(second, slug, {
		name: 'Bea Madrid',
		email: uniqueEmail('bea-es'),
		country: 'ES',
		bands: ['9-12'],
		students: '20'
	});
	await expect(second.locator('.counter')).toHaveText('2 educators in 2 countries');
	await expect(tablet.locator('.counter')).toHaveText('1 educator in 1 country');
	await tablet.clock.fastForward(16_000);
	await expect(tablet.locator('.counter')).toHaveText('2 educators in 2 countries');
	await expect(figure(organizer, 'registrations')).toHaveText('1');
	await organizer.clock.fastForward(31_000);
	await expect(figure(organizer, 'registrations')).toHaveText('2');
	await expect(figure(organizer, 'countries')).toHaveText('2');
	await expect(figure(organizer, 'students')).toHaveText('55');
	await expect(organizer.locator('a[data-country="ES"]')).toHaveAttribute('data-count', '1');
	await expect(organizer.locator('[data-key="9-12"] .count').first()).toHaveText('1');
	await expect(organizer.locator('[data-key="3-5"] .count').first()).toHaveText('1');
	// Tapping (or clicking) a country says its count.
	await press(organizer.locator('a[data-country="ES"]'));
	await expect(organizer.locator('.chosen-country')).toHaveText('Spain: 1 registration');
	// Without JavaScript the tap is a link to the same dashboard with the country chosen.
	await organizer.goto(`/organize/events/${slug}?country=UY`);
	await expect(organizer.locator('.chosen-country')).toHaveText('Uruguay: 1 registration');
	// A date range that ends before today counts nothing.
	await organizer.goto(`/organize/events/${slug}?from=2026-01-01&to=2026-01-02`);
	await expect(figure(organizer, 'registrations')).toHaveText('0');
	expect((await organizer.goto(`/organize/events/${slug}?from=2026-02-30`))?.status()).toBe(400);

	// The confirmation came in the registrant's language, with a link that deletes the registration.
	const mail = await lastMailTo(email);
	expect(mail.subject).toBe(`You are registered for Day of AI ${slug}`);
	const forget = /https?:\/\/\S+(\/events\/\S+\/forget\/[a-z2-7]{32})/.exec(mail.text)?.[1];
	expect(forget).toBeTruthy();
	await tablet.goto(forget!);
	await expect(
		tablet.getByText(`This deletes the registration of ${email.toLowerCase()}`)
	).toBeVisible();
	await press(tablet.getByRole('button', { name: 'Delete my registration' }));
	await expect(tablet.getByText('Your registration is deleted.')).toBeVisible();
	await tablet.goto(forget!);
	await expect(tablet.getByText(/This link does not work any more/)).toBeVisible();
	await tablet.goto(`/events/${slug}`);
	await expect(tablet.locator('.counter')).toHaveText('1 educator in 1 country');

	for (const page of [organizer, tablet, second]) await page.context().close();
});

test('a registrant creates a teacher account in the same step, and the two are linked', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const { organizer, slug } = await organizerWithEvent(browser);
	const visitor = await (await browser.newContext(TABLET)).newPage();
	const email = uniqueEmail('with-account');
	const cleo = { name: 'Cleo', email, country: 'KE', bands: ['6-8'], students: '40' };
	await register(visitor, slug, { ...cleo, password: 'short' });
	// A password the sign-up refuses stops the whole form: nothing is stored.
	await expect(visitor.getByText('The password must have at least 8 characters.')).toBeVisible();
	await expect(visitor.locator('.counter')).toHaveText('0 educators in 0 countries');

	await register(visitor, slug, { ...cleo, password: 'spotted-cows-42' });
	await expect(
		visitor.getByText('We also sent a link to create your teacher account')
	).toBeVisible();
	// The sign-up link came with the confirmation; opening it creates the account.
	await visitor.goto(signupLink(await lastMailTo(email)));
	await submitAndWait(
		visitor,
		visitor.getByRole('button', { name: 'Create my account and log in' }),
		new URL(visitor.url()).pathname
	);
	await expect(visitor).toHaveURL(/\/teach/);
	const csv = await (
		await organizer.request.get(`/organize/events/${slug}/registrations.csv`)
	).text();
	const row = csv.split('\r\n').find((line) => line.includes(email.toLowerCase()));
	expect(row).toMatch(/,yes$/);
	for (const page of [organizer, visitor]) await page.context().close();
});

test('what a visitor taps before the page has hydrated stays as they left it', async ({
	browser
}) => {
	const { organizer, slug } = await organizerWithEvent(browser);
	const visitor = await (await browser.newContext(TABLET)).newPage();
	// A slow tablet: the page's scripts arrive only after the visitor has started on the form.
	let releaseScripts = () => {};
	const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
	await visitor.route('**/_app/immutable/**/*.js', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await visitor.goto(`/events/${slug}`, { waitUntil: 'domcontentloaded' });
	const account = visitor.locator('details.account');
	await press(visitor.getByText('Also create a teacher account (optional)'));
	await expect(account).toHaveJSProperty('open', true);
	await visitor.getByLabel('Yes, create my teacher account with this address').check();
	await visitor.getByLabel(/may contact me/).check();
	await visitor.getByLabel('Grades 6-8').check();

	releaseScripts();
	await visitor.waitForLoadState('networkidle');
	await visitor.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
	await expect(account).toHaveJSProperty('open', true);
	await expect(
		visitor.getByLabel('Yes, create my teacher account with this address')
	).toBeChecked();
	await expect(visitor.getByLabel(/may contact me/)).toBeChecked();
	await expect(visitor.getByLabel('Grades 6-8')).toBeChecked();
	await organizer.context().close();
	await visitor.context().close();
});

test('an organizer changes the event and sees it saved, with or without JavaScript', async ({
	browser
}) => {
	const { organizer, slug } = await organizerWithEvent(browser);
	const signedIn = await organizer.context().storageState();
	const withoutScripts = await (
		await browser.newContext({ javaScriptEnabled: false, storageState: signedIn })
	).newPage();
	for (const [page, goal] of [
		[organizer, '7'],
		[withoutScripts, '9']
	] as const) {
		await page.goto(`/organize/events/${slug}`);
		await press(page.getByText('Change the event'));
		await page.getByLabel('Registration goal').fill(goal);
		await press(page.getByRole('button', { name: 'Save the event' }));
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
		await expect(page.getByLabel('Registration goal')).toHaveValue(goal);
		await page.context().close();
	}
});

test('the import stores a whole checked file or nothing, with a report; the export keeps formulas as text', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const { organizer, slug } = await organizerWithEvent(browser);
	const upload = async (name: string, bytes: Buffer) => {
		await organizer
			.getByLabel('CSV file')
			.setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
		await submitAndWait(
			organizer,
			organizer.getByRole('button', { name: 'Check and import' }),
			`/organize/events/${slug}`
		);
	};
	const header = 'name,email,role,organisation,country,gradeBands,expectedStudents,consent\n';

	await upload(
		'latin1.csv',
		Buffer.from(`${header}José,jose@x.org,teacher,Escuela,ES,,,no\n`, 'latin1')
	);
	await expect(organizer.getByRole('alert')).toContainText('The file is not in UTF-8');

	await upload(
		'one-bad-row.csv',
		Buffer.from(
			`${header}Ana,ana@x.org,teacher,Escuela,ES,3-5,20,yes\nBen,ben@x.org,teacher,School,XX,6-8,10,no\nAna again,ANA@x.org,teacher,Escuela,ES,,,no\n`
		)
	);
	const report = organizer.getByRole('alert');
	await expect(report).toContainText('Nothing was imported: 2 problems');
	await expect(report.getByRole('row', { name: /^3 country/ })).toBeVisible();
	await expect(report.getByRole('row', { name: /^4 email/ })).toContainText('earlier line');
	await organizer.reload();
	await expect(figure(organizer, 'registrations')).toHaveText('0');

	const huge = Buffer.alloc(5 * 1024 * 1024 + 10, 'a');
	await upload('huge.csv', huge);
	await expect(organizer.getByRole('alert')).toContainText('larger than 5 MB');

	await upload(
		'good.csv',
		Buffer.from(
			`${header}Ana,ana@x.org,teacher,"=HYPERLINK(""http://evil.example"")",ES,3-5,20,yes\nBen,ben@x.org,school-leader,School,US,6-8;9-12,10,no\n`
		)
	);
	await expect(organizer.getByRole('status')).toContainText(
		'Imported: 2 new registrations, 0 updated'
	);
	await organizer.reload();
	await expect(figure(organizer, 'registrations')).toHaveText('2');
	await expect(figure(organizer, 'students')).toHaveText('30');

	const csv = await (
		await organizer.request.get(`/organize/events/${slug}/registrations.csv`)
	).text();
	const lines = csv
		.replace(/^\ufeff/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe(
		'name,email,role,organisation,country,region,gradeBands,expectedStudents,language,consentAt,registeredAt,hasAccount'
	);
	expect(lines).toHaveLength(3);
	expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
	await organizer.context().close();
});

test('bots and closed events are refused with a reason, and store nothing', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(60_000);
	const { organizer, slug } = await organizerWithEvent(browser);
	const visitor = await (await browser.newContext()).newPage();
	const ticketOf = async (path: string) => {
		await visitor.goto(path);
		return (await visitor.locator('input[name="ticket"]').getAttribute('value'))!;
	};
	const fields = (ticket: string, extra: Record<string, string> = {}) => ({
		name: 'Bot',
		email: uniqueEmail('bot'),
		role: 'teacher',
		organisation: 'Bots Inc',
		country: 'US',
		language: 'en',
		ticket,
		...extra
	});
	const post = (path: string, form: Record<string, string>) =>
		visitor.request.post(`${path}?/register`, {
			headers: { origin: baseURL!, accept: 'text/html' },
			form,
			maxRedirects: 0
		});
	const path = `/events/${slug}`;

	// (A form sent sooner than a person could fill it is refused too: timed, so tested in
	// event-signup.spec.ts, not here where the machine's speed would decide.)
	const fresh = await ticketOf(path);
	// The hidden field people never see, filled in.
	expect((await post(path, fields(fresh, { website: 'http://spam.example' }))).status()).toBe(400);
	// A ticket made up, or none.
	expect((await post(path, fields(`${Date.now() - 60_000}.${'A'.repeat(43)}`))).status()).toBe(400);
	expect((await post(path, fields(''))).status()).toBe(400);
	// Bad fields: a clear 400 each.
	for (const bad of <Record<string, string>[]>[
		{ country: 'ZZ' },
		{ email: 'not-an-address' },
		{ role: 'admin' },
		{ expectedStudents: '-3' }
	])
		expect((await post(path, fields(fresh, bad))).status(), JSON.stringify(bad)).toBe(400);
	expect(await (await visitor.request.get(`${path}/counter`)).json()).toEqual({
		educators: 0,
		countries: 0
	});

	// A closed event says so, shows no form and refuses a post.
	const closed = await organizerWithEvent(browser, {
		opens: '2026-01-01T09:00',
		closes: '2026-01-02T09:00'
	});
	await visitor.goto(`/events/${closed.slug}`);
	await expect(visitor.getByText(/Registration closed on/)).toBeVisible();
	await expect(visitor.getByRole('button', { name: 'Register' })).toHaveCount(0);
	// Even with a good ticket from an open event's form.
	expect((await post(`/events/${closed.slug}`, fields(fresh))).status()).toBe(409);

	// Asking to be forgotten answers the same for an address that never registered, and mails it
	// nothing.
	const stranger = uniqueEmail('stranger');
	await visitor.goto(`${path}/forget`);
	await visitor.getByLabel('Email').fill(stranger);
	await submitAndWait(
		visitor,
		visitor.getByRole('button', { name: 'Send me the link' }),
		`${path}/forget`
	);
	await expect(visitor.getByRole('status')).toHaveText(
		`If ${stranger} is registered, a link to delete the registration is on its way. It works once.`
	);
	await expect(lastMailTo(stranger)).rejects.toThrow(/no mail/);

	const [stored] = await e2eSql<{ n: number }>(
		'select count(*) as n from event_registrations r join events e on e.id = r.event_id where e.slug in (?, ?)',
		slug,
		closed.slug
	);
	expect(stored!.n).toBe(0);
	for (const page of [organizer, closed.organizer, visitor]) await page.context().close();
});
