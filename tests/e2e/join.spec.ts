import { expect, test } from '@playwright/test';
import { TABLET, press, submitAndWait, teacherWithClass } from './helpers';

test('students join with a code, a name and an avatar, come back with their pictures, and switch in one tap', async ({
	browser
}) => {
	const { teacher, path, code } = await teacherWithClass(browser, 'Room 7', 'Ana\nBen');
	const tablet = await (await browser.newContext(TABLET)).newPage();

	// A wrong code gets a clear message.
	await tablet.goto('/join');
	await tablet.getByLabel('Class code').fill('QQQQQQ');
	await submitAndWait(tablet, tablet.getByRole('button', { name: 'Join' }), '/join');
	await expect(tablet.getByRole('alert')).toHaveText(/can’t find a class with that code/);

	// Lower case with a space in the middle still works.
	await tablet.getByLabel('Class code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
	await press(tablet.getByRole('button', { name: 'Join' }));
	await expect(tablet).toHaveURL(new RegExp(`/join/${code}$`));
	await expect(tablet.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
	await press(tablet.getByRole('link', { name: /Ana/ }));
	await expect(tablet.getByRole('heading', { level: 1 })).toHaveText('Hi Ana! Pick your picture');
	await press(tablet.locator('.avatar-option').nth(0));
	await press(tablet.getByRole('button', { name: 'That’s me' }));
	await expect(tablet).toHaveURL(/\/learn\?welcome$/);
	await expect(tablet.getByRole('heading', { level: 1 })).toContainText('Hi, Ana!');
	const pictures = await tablet.locator('.big-pictures span').allTextContents();
	expect(pictures).toHaveLength(3);

	// One tap switches to the next student on the shared tablet.
	await press(tablet.getByRole('main').getByRole('button', { name: 'Switch student' }));
	await expect(tablet).toHaveURL(new RegExp(`/join/${code}$`));
	await tablet.getByLabel('Your first name or a nickname').fill('Zed');
	await press(tablet.getByRole('button', { name: 'Continue' }));
	await press(tablet.locator('.avatar-option').nth(3));
	await press(tablet.getByRole('button', { name: 'That’s me' }));
	await expect(tablet.getByRole('heading', { level: 1 })).toContainText('Hi, Zed!');

	// Ana on another tablet: her name, then her three pictures in order.
	const other = await (await browser.newContext(TABLET)).newPage();
	await other.goto(`/join/${code}`);
	await press(other.getByRole('link', { name: /Ana/ }));
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(
		'Hi Ana! Tap your three pictures in order'
	);
	const pad = other.locator('.picture-key');
	const byEmoji = async (emoji: string) => pad.filter({ hasText: emoji });
	for (const emoji of [...pictures].reverse()) await press(await byEmoji(emoji));
	await expect(other.getByRole('alert')).toHaveText(/aren’t your pictures/);
	for (const emoji of pictures) {
		await press(await byEmoji(emoji));
		await other.waitForLoadState('networkidle');
	}
	await expect(other).toHaveURL(/\/learn$/);
	await expect(other.getByRole('heading', { level: 1 })).toContainText('Hi, Ana!');

	// The teacher sees who joined, with avatars; can print cards and reset Ana's pictures.
	await teacher.goto(path);
	await expect(teacher.locator('.roster li')).toHaveText([/Ana/, /Ben/, /Zed/]);
	await teacher.goto(`${path}/cards`);
	await expect(
		teacher.locator('.login-card').filter({ hasText: 'Ana' }).locator('.card-pictures')
	).toHaveText(pictures.join(''));
	await expect(teacher.locator('.login-card').filter({ hasText: 'Ben' })).toContainText(
		'Not joined yet'
	);
	await teacher.goto(path);
	await submitAndWait(
		teacher,
		teacher.getByRole('button', { name: 'Reset Ana’s picture password' }),
		path
	);
	await expect(teacher.getByRole('status')).toContainText('Picture password reset');

	// A student is not a teacher: teacher pages send them to log in.
	await other.goto(path);
	await expect(other).toHaveURL(/\/login\?redirectTo=/);
	for (const page of [teacher, tablet, other]) await page.context().close();
});

test('a student of one class cannot sign in as a student of another', async ({ browser }) => {
	const a = await teacherWithClass(browser, 'Room 7', 'Ana\nBen');
	const b = await teacherWithClass(browser, 'Room 7', 'Ana\nBen');
	const tablet = await (await browser.newContext(TABLET)).newPage();
	await tablet.goto(`/join/${a.code}`);
	const anaHref = await tablet.getByRole('link', { name: /Ana/ }).getAttribute('href');
	const anaId = anaHref!.split('/').pop();
	const response = await tablet.goto(`/join/${b.code}/${anaId}`);
	expect(response?.status()).toBe(404);
	expect((await tablet.goto('/join/QQQQQQ'))?.status()).toBe(404);
	await expect(tablet.getByRole('heading', { level: 1 })).toHaveText(/can’t find a class/);
	for (const page of [a.teacher, b.teacher, tablet]) await page.context().close();
});
