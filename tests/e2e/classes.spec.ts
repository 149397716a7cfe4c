import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	DEMO_ORGANIZER,
	DEMO_PASSWORD,
	logIn,
	press,
	signUp,
	submitAndWait,
	uniqueEmail
} from './helpers';

async function newTeacher(browser: Browser, name: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signUp(page, {
		name,
		email: uniqueEmail(name.toLowerCase().replace(/\W/g, '')),
		password: 'spotted-cows-42'
	});
	return page;
}

async function createClass(page: Page, name: string): Promise<string> {
	await page.goto('/teach/classes');
	await page.getByLabel('Class name').fill(name);
	await page.getByLabel('Grade band').selectOption('3-5');
	await submitAndWait(page, page.getByRole('button', { name: 'Create class' }), '/teach/classes');
	await expect(page).toHaveURL(/\/teach\/classes\/[a-z2-7]+$/);
	return new URL(page.url()).pathname;
}

test('a teacher creates a class, shows its code, adds a roster, renames, archives and deletes it', async ({
	browser
}) => {
	const page = await newTeacher(browser, 'Ms Frizzle');
	await page.goto('/teach/classes');
	await expect(page.getByText('You have no classes yet.')).toBeVisible();

	// Bad input: an empty name is refused with a message and nothing is created.
	await submitAndWait(page, page.getByRole('button', { name: 'Create class' }), '/teach/classes');
	await expect(page.getByText('This field is required.')).toBeVisible();
	await expect(page.locator('.class-card')).toHaveCount(0);

	const path = await createClass(page, 'Room 12');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Room 12');
	const code = (await page.getByTestId('join-code').textContent())!.trim();
	expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);

	await press(page.getByRole('link', { name: 'Show the code on the projector' }));
	await expect(page.locator('.code-big')).toHaveText(code);
	await expect(page.locator('.site-header')).toHaveCount(0);
	await page.goto(path);

	await page.getByLabel('Paste a roster').fill('Ana\nBen K.\n\nana\nCarla');
	await submitAndWait(page, page.getByRole('button', { name: 'Add students' }), path);
	await expect(page.getByRole('status')).toHaveText('3 students added.');
	await expect(page.locator('.roster li')).toHaveText([/Ana/, /Ben K\./, /Carla/]);

	await page.getByLabel('Printed cards and the old code will stop working').check();
	await submitAndWait(page, page.getByRole('button', { name: 'Make a new code' }), path);
	await expect(page.getByRole('status')).toHaveText('The class has a new join code.');
	await expect(page.getByTestId('join-code')).not.toHaveText(code);

	await page.getByLabel('Class name', { exact: true }).fill('Room 14');
	await submitAndWait(page, page.getByRole('button', { name: 'Rename' }), path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Room 14');

	await submitAndWait(page, page.getByRole('button', { name: 'Archive the class' }), path);
	await expect(page.getByText('Archived', { exact: true })).toBeVisible();
	await expect(page.getByTestId('join-code')).toHaveCount(0);
	await submitAndWait(page, page.getByRole('button', { name: 'Bring the class back' }), path);
	await expect(page.getByTestId('join-code')).toBeVisible();

	await page.getByLabel('Type the class name to confirm').fill('Room 12');
	await submitAndWait(page, page.getByRole('button', { name: 'Delete the class' }), path);
	await expect(page.getByRole('alert')).toHaveText('Type the class name exactly to delete it.');
	await page.getByLabel('Type the class name to confirm').fill('Room 14');
	await press(page.getByRole('button', { name: 'Delete the class' }));
	await expect(page).toHaveURL(/\/teach\/classes$/);
	await expect(page.getByText('You have no classes yet.')).toBeVisible();
	expect((await page.goto(path))?.status()).toBe(404);
	await page.context().close();
});

test('only the class teacher can see or change a class', async ({
	browser,
	playwright,
	baseURL
}) => {
	const owner = await newTeacher(browser, 'Owner A');
	const path = await createClass(owner, 'Class A');
	const code = (await owner.getByTestId('join-code').textContent())!.trim();

	const other = await newTeacher(browser, 'Teacher B');
	const organizer = await (await browser.newContext()).newPage();
	await logIn(organizer, DEMO_ORGANIZER, DEMO_PASSWORD);
	await expect(organizer).toHaveURL(/\/organize$/);

	for (const page of [other, organizer]) {
		for (const sub of ['', '/code']) expect((await page.goto(path + sub))?.status(), sub).toBe(404);
		await page.goto('/teach/classes');
		await expect(page.getByText('Class A')).toHaveCount(0);
		// Every action, posted directly, is refused and changes nothing.
		for (const action of ['rename', 'regenerate', 'archive', 'unarchive', 'roster', 'delete']) {
			const response = await page.request.post(`${path}?/${action}`, {
				form: { name: 'Hacked', roster: 'Mallory', confirm: 'Class A' },
				headers: { origin: baseURL!, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(response.status(), action).toBe(404);
		}
	}

	const visitor = await playwright.request.newContext({ baseURL });
	const anonymous = await visitor.get(path, { maxRedirects: 0 });
	expect(anonymous.status()).toBe(303);
	expect(anonymous.headers().location).toContain('/login?redirectTo=');
	const anonymousPost = await visitor.post(`${path}?/delete`, {
		form: { confirm: 'Class A' },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect([303, 401, 403, 404]).toContain(anonymousPost.status());
	await visitor.dispose();

	await owner.reload();
	await expect(owner.getByRole('heading', { level: 1 })).toHaveText('Class A');
	await expect(owner.getByTestId('join-code')).toHaveText(code);
	await expect(owner.getByText('No students yet.')).toBeVisible();
	for (const page of [owner, other, organizer]) await page.context().close();
});
