import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { e2eSql } from './e2e-db';

export const DEMO_PASSWORD = 'e2e-demo-password';
export const DEMO_TEACHER = 'teacher@demo.dayofai.test';
export const DEMO_ORGANIZER = 'organizer@demo.dayofai.test';

/** Tap on touch projects, click elsewhere: the way a person on that device would. */
export async function press(locator: Locator): Promise<void> {
	if (await isTouch(locator.page())) await locator.tap();
	else await locator.click();
}

const touchPages = new WeakMap<Page, boolean>();

/** Whether the page's device has touch; asked once per page, and again if a navigation interrupts. */
async function isTouch(page: Page): Promise<boolean> {
	const known = touchPages.get(page);
	if (known !== undefined) return known;
	for (let attempt = 0; ; attempt++) {
		try {
			const touch = await page.evaluate(
				() => matchMedia('(pointer: coarse)').matches || 'ontouchstart' in window
			);
			touchPages.set(page, touch);
			return touch;
		} catch (error) {
			if (attempt >= 3 || !String(error).includes('context was destroyed')) throw error;
			await page.waitForLoadState();
		}
	}
}

export function uniqueEmail(prefix: string): string {
	return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@school.example`;
}

export async function signUp(
	page: Page,
	account: { name: string; email: string; password: string; country?: string; school?: string }
): Promise<void> {
	await page.goto('/signup');
	await page.getByLabel('Your name').fill(account.name);
	await page.getByLabel('Email').fill(account.email);
	await page.getByLabel('Password', { exact: true }).fill(account.password);
	await page.getByLabel('Country').selectOption(account.country ?? 'KE');
	await page.getByLabel('School or organization').fill(account.school ?? 'Nairobi Primary');
	await submitAndWait(page, page.getByRole('button', { name: 'Create my account' }), '/signup');
	await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
	// The link arrives by mail: without SMTP it waits in the app's outbox.
	await page.goto(signupLink(await lastMailTo(account.email)));
	await submitAndWait(
		page,
		page.getByRole('button', { name: 'Create my account and log in' }),
		new URL(page.url()).pathname
	);
	await expect(page).toHaveURL(/\/teach$/);
}

/** The newest mail the app sent to an address (the outbox keeps every one). */
export async function lastMailTo(address: string): Promise<{ subject: string; text: string }> {
	const [row] = await e2eSql<{ subject: string; text: string }>(
		'select subject, body as text from outbox where to_address = ? order by created_at desc, id desc limit 1',
		address.trim().toLowerCase()
	);
	if (!row) throw new Error(`no mail to ${address}`);
	return row;
}

/** The sign-up link in a confirmation mail, as a path on the test server. */
export function signupLink(mail: { text: string }): string {
	const link = /https?:\/\/\S+\/signup\/confirm\/[a-z2-7]+/.exec(mail.text)?.[0];
	if (!link) throw new Error(`no sign-up link in: ${mail.text}`);
	return new URL(link).pathname;
}

/** Sends the log-in form once, whatever the answer; for tests of refusals. */
export async function tryLogIn(page: Page, email: string, password: string): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await submitAndWait(page, page.getByRole('button', { name: 'Log in' }), '/login');
}

/**
 * Logs in and waits until the page the server sends the user to has arrived: the enhanced form
 * follows the redirect on the client, and a `goto` issued before that lands would be cut short.
 */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
	await tryLogIn(page, email, password);
	await page.waitForURL((url) => url.pathname !== '/login');
}

/** Presses a submit button and waits for the server's answer to that form post. */
export async function submitAndWait(page: Page, button: Locator, path: string): Promise<void> {
	const answered = page.waitForResponse(
		(response) =>
			response.request().method() === 'POST' && new URL(response.url()).pathname === path
	);
	await press(button);
	const response = await answered;
	// The response event fires on the headers; `use:enhance` resets the form only once the page has
	// read the body, so a fill straight after could be wiped. Let the page finish with it first.
	await response.finished();
	// A form without enhancement navigates instead: its new page is then on its way, nothing to wait for.
	await page
		.evaluate(
			() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => done(null)), 0))
		)
		.catch(() => undefined);
}

export async function logOut(page: Page): Promise<void> {
	await press(page.getByRole('button', { name: 'Log out', exact: true }));
	await expect(page).toHaveURL(/\/login\?loggedOut/);
}

export const TABLET = { viewport: { width: 810, height: 1080 }, hasTouch: true, isMobile: true };

/** A new teacher (own browser context) with a new class; returns the class page path and its code. */
export async function teacherWithClass(
	browser: Browser,
	className: string,
	roster?: string
): Promise<{ teacher: Page; path: string; code: string }> {
	const teacher = await (await browser.newContext()).newPage();
	await signUp(teacher, {
		name: 'Teacher',
		email: uniqueEmail('teacher'),
		password: 'spotted-cows-42'
	});
	await teacher.goto('/teach/classes');
	await teacher.getByLabel('Class name').fill(className);
	await submitAndWait(
		teacher,
		teacher.getByRole('button', { name: 'Create class' }),
		'/teach/classes'
	);
	await expect(teacher).toHaveURL(/\/teach\/classes\/[a-z2-7]+$/);
	const path = new URL(teacher.url()).pathname;
	if (roster) {
		await teacher.getByLabel('Paste a roster').fill(roster);
		await submitAndWait(teacher, teacher.getByRole('button', { name: 'Add students' }), path);
	}
	const code = (await teacher.getByTestId('join-code').textContent())!.trim();
	return { teacher, path, code };
}

/** A student joins a class on a new tablet under a new nickname and lands on their home page. */
export async function studentJoins(browser: Browser, code: string, name: string): Promise<Page> {
	const context = await browser.newContext(TABLET);
	const student = await context.newPage();
	await student.goto(`/join/${code}`);
	await student.getByLabel('Your first name or a nickname').fill(name);
	await press(student.getByRole('button', { name: 'Continue' }));
	await press(student.locator('.avatar-option').first());
	await press(student.getByRole('button', { name: 'That’s me' }));
	await expect(student).toHaveURL(/\/learn/);
	return student;
}

/** axe (WCAG 2.1 AA) finds nothing on the page as it is now. */
export async function expectNoViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, label).toEqual([]);
}
