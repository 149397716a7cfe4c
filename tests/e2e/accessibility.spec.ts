import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO_ORGANIZER, DEMO_PASSWORD, logIn } from './helpers';

async function expectNoViolations(page: import('@playwright/test').Page, label: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, label).toEqual([]);
}

test('public pages meet WCAG 2.1 AA (axe), in English and Spanish', async ({ page }) => {
	for (const path of ['/', '/signup', '/login', '/no-such-page']) {
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
});

test('signed-in pages meet WCAG 2.1 AA (axe)', async ({ page }) => {
	await logIn(page, DEMO_ORGANIZER, DEMO_PASSWORD);
	for (const path of ['/organize', '/teach', '/account']) {
		await page.goto(path);
		await expectNoViolations(page, path);
	}
});
