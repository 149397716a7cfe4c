import { expect, test } from '@playwright/test';
import { DEMO_ORGANIZER, DEMO_PASSWORD, expectNoViolations, logIn } from './helpers';

test('public pages meet WCAG 2.1 AA (axe), in English and Spanish', async ({ page }) => {
	test.setTimeout(90_000);
	for (const path of [
		'/',
		'/signup',
		'/login',
		'/no-such-page',
		'/join',
		'/events/day-of-ai-demo',
		'/events/day-of-ai-demo/forget',
		'/certificates',
		'/certificates?code=nonsense'
	]) {
		await page.goto(path);
		await expectNoViolations(page, path);
	}
	await page.goto('/signup');
	await page.getByRole('button', { name: 'Create my account' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectNoViolations(page, 'signup with errors');

	await page.getByRole('button', { name: 'Español' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expectNoViolations(page, 'signup in Spanish');

	await page.goto('/events/day-of-ai-demo');
	await page.getByRole('button', { name: 'Inscribirme' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectNoViolations(page, 'event form with errors, in Spanish');
});

test('signed-in pages meet WCAG 2.1 AA (axe)', async ({ page }) => {
	await logIn(page, DEMO_ORGANIZER, DEMO_PASSWORD);
	// The log-in's own redirect must land first, or it interrupts the next navigation.
	await expect(page).toHaveURL(/\/organize$/);
	for (const path of [
		'/organize',
		'/organize/events/day-of-ai-demo',
		'/organize/outbox',
		'/organize/training',
		'/teach',
		'/account',
		'/training'
	]) {
		await page.goto(path);
		await expectNoViolations(page, path);
	}
	// A session's organizer page (roster, materials, form), its teachers' page and check-in screen.
	await page.goto('/organize/training');
	await page.getByRole('link', { name: 'Teaching GANs and deepfakes' }).click();
	await expect(page.getByRole('heading', { name: 'Teaching GANs and deepfakes' })).toBeVisible();
	const session = new URL(page.url()).pathname;
	for (const path of [session, `${session}/check-in`, session.replace('/organize', '')]) {
		await page.goto(path);
		await expectNoViolations(page, path);
	}
});

test('curriculum pages meet WCAG 2.1 AA (axe)', async ({ page }) => {
	test.setTimeout(90_000);
	const lesson = '/modules/what-is-ai/3-5/spot-the-ai';
	for (const path of [
		'/modules',
		'/modules/what-is-ai/3-5',
		lesson,
		`${lesson}/guide`,
		`${lesson}/worksheet`,
		`${lesson}/present`,
		`${lesson}/notes`,
		'/activities/ai-or-not'
	]) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expectNoViolations(page, path);
	}
	// Every kind of step in the player, including the activity with feedback showing.
	await page.goto(lesson);
	const dots = page.getByRole('navigation', { name: 'Lesson steps' }).getByRole('button');
	const count = await dots.count();
	for (let i = 0; i < count; i++) {
		await dots.nth(i).click();
		if (await page.locator('.sort-card').count()) {
			await page.locator('.sort-card').first().click();
			await page.locator('[data-bin="ai"] .bin-target').click();
		}
		if (await page.locator('.choice').count()) await page.locator('.choice').first().click();
		await expectNoViolations(page, `${lesson} step ${i + 1}`);
	}
});
