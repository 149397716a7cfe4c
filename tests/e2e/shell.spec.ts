import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_TEACHER, logIn, press } from './helpers';

test('the landing page says what Day of AI is, with security headers', async ({ page }) => {
	const response = await page.goto('/');
	const headers = response!.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day of AI');
	await expect(page.getByRole('heading', { name: 'What is Day of AI?' })).toBeVisible();
	await expect(page.getByRole('main')).toBeVisible();
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('contentinfo')).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Log in' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Sign up' })).toBeVisible();
});

test('language switch to Spanish and back, remembered across pages', async ({ page }) => {
	await page.goto('/signup');
	await press(page.getByRole('button', { name: 'Español' }));
	await expect(page).toHaveURL(/\/signup$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regístrate en Day of AI');
	await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// Country names follow the language too.
	await expect(page.getByLabel('País').locator('option[value="DE"]')).toHaveText('Alemania');

	await page.goto('/');
	await expect(page.getByRole('heading', { name: '¿Qué es Day of AI?' })).toBeVisible();
	await press(page.getByRole('button', { name: 'English' }));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'What is Day of AI?' })).toBeVisible();
});

test('navigation follows the role', async ({ page }) => {
	await logIn(page, DEMO_TEACHER, DEMO_PASSWORD);
	await expect(page).toHaveURL(/\/teach$/);
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'My Day of AI' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(nav.getByRole('link', { name: 'Account' })).toBeVisible();
	await expect(nav.getByRole('button', { name: 'Log out' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Sign up' })).toHaveCount(0);
	await expect(nav.getByRole('link', { name: 'Organizer dashboard' })).toHaveCount(0);
});

test('every control in the shell and the forms is at least 44 px tall and keyboard-reachable', async ({
	page
}) => {
	for (const path of ['/', '/signup', '/login']) {
		await page.goto(path);
		const controls = page.locator(
			'header a, header button, main a.button, main button, main input, main select'
		);
		const count = await controls.count();
		expect(count).toBeGreaterThan(2);
		for (let i = 0; i < count; i++) {
			const box = await controls.nth(i).boundingBox();
			if (!box) continue;
			expect(box.height, `${path} control ${i}`).toBeGreaterThanOrEqual(44);
		}
	}
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('forms work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel('Email').fill(DEMO_TEACHER);
	await page.getByLabel('Password').fill('wrong-password-x');
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page).toHaveURL(/\/teach$/);
	await context.close();
});

test.describe('HTTP-level checks', () => {
	test('bad form bodies get 400, cross-site posts get 403, unknown pages 404', async ({
		request,
		baseURL
	}) => {
		const origin = { origin: baseURL!, accept: 'text/html' };
		const bad = await request.post('/signup', {
			form: { email: 'x' },
			headers: origin,
			maxRedirects: 0
		});
		expect(bad.status()).toBe(400);
		const wrong = await request.post('/login', {
			form: { email: 'nobody@school.example', password: 'nope-nope' },
			headers: origin,
			maxRedirects: 0
		});
		expect(wrong.status()).toBe(400);
		const language = await request.post('/language', {
			form: { locale: 'fr' },
			headers: origin,
			maxRedirects: 0
		});
		expect(language.status()).toBe(400);

		const crossSite = await request.post('/login', {
			form: { email: DEMO_TEACHER, password: DEMO_PASSWORD },
			headers: { origin: 'https://evil.example', accept: 'text/html' },
			maxRedirects: 0
		});
		expect(crossSite.status()).toBe(403);

		for (const path of ['/signup', '/login', '/language']) {
			const garbled = await request.post(path, {
				data: 'not really multipart',
				headers: { ...origin, 'content-type': 'multipart/form-data; boundary=xyz' },
				maxRedirects: 0
			});
			expect(garbled.status(), path).toBe(400);
		}

		// An enhanced (fetch) submission gets the same failure, as JSON.
		const enhanced = await request.post('/signup', {
			form: { email: 'x' },
			headers: { origin: baseURL!, accept: 'application/json' }
		});
		expect(await enhanced.json()).toMatchObject({ type: 'failure', status: 400 });

		const missing = await request.get('/no-such-page');
		expect(missing.status()).toBe(404);
	});

	test('the session cookie is httpOnly and SameSite=Lax, and rate-limited log-ins answer 429', async ({
		playwright,
		baseURL
	}) => {
		const request = await playwright.request.newContext({ baseURL });
		const origin = { origin: baseURL!, accept: 'text/html' };
		const ok = await request.post('/login', {
			form: { email: DEMO_TEACHER, password: DEMO_PASSWORD },
			headers: origin,
			maxRedirects: 0
		});
		expect(ok.status()).toBe(303);
		const cookies = ok
			.headersArray()
			.filter((header) => header.name.toLowerCase() === 'set-cookie')
			.map((header) => header.value);
		const cookie = cookies.find((value) => value.startsWith('session=')) ?? '';
		expect(cookie).toMatch(/^session=[a-z2-7]{32};/);
		expect(cookie).toContain('HttpOnly');
		expect(cookie).toContain('SameSite=Lax');
		expect(cookie).toMatch(/Expires=/);
		// The browser's device cookie (for rate limits) is as closed: httpOnly, SameSite=Lax.
		const device = cookies.find((value) => value.startsWith('dayofai_device=')) ?? '';
		expect(device).toMatch(/^dayofai_device=[a-z2-7]{32};.*HttpOnly; SameSite=Lax/);

		await request
			.storageState()
			.then((state) => expect(state.cookies.map((c) => c.name)).toContain('session'));
		await request.post('/logout', { form: {}, headers: origin, maxRedirects: 0 });
		const email = `limit-http-${Date.now()}@school.example`;
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) {
			const response = await request.post('/login', {
				form: { email, password: 'wrong-password' },
				headers: origin,
				maxRedirects: 0
			});
			statuses.push(response.status());
			if (response.status() === 429)
				expect(Number(response.headers()['retry-after'])).toBeGreaterThan(800);
		}
		expect(statuses).toEqual([400, 400, 400, 400, 429, 429]);
		await request.dispose();
	});
});
