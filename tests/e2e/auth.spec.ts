import { expect, test } from '@playwright/test';
import {
	DEMO_ORGANIZER,
	DEMO_PASSWORD,
	logIn,
	tryLogIn,
	logOut,
	press,
	signUp,
	lastMailTo,
	submitAndWait,
	uniqueEmail
} from './helpers';

test.describe('teacher accounts', () => {
	test('sign up, log out, log in again', async ({ page }) => {
		const email = uniqueEmail('signup');
		await signUp(page, { name: 'Grace Hopper', email, password: 'spotted-cows-42' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Grace Hopper');
		await expect(page.getByText('Registered for Nairobi Primary, Kenya.')).toBeVisible();

		await logOut(page);
		await expect(page).toHaveURL(/\/login\?loggedOut/);
		await expect(page.getByRole('status')).toHaveText('You have been logged out.');
		await page.goto('/teach');
		await expect(page).toHaveURL(/\/login\?redirectTo=%2Fteach/);

		await page.getByLabel('Email').fill(email.toUpperCase());
		await page.getByLabel('Password').fill('spotted-cows-42');
		await submitAndWait(page, page.getByRole('button', { name: 'Log in' }), '/login');
		await expect(page).toHaveURL(/\/teach$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Grace Hopper');
	});

	test('sign-up errors are shown next to each field and nothing is created', async ({ page }) => {
		const email = uniqueEmail('bad');
		await page.goto('/signup');
		await page.getByLabel('Email').fill('not-an-email');
		await page.getByLabel('Password', { exact: true }).fill('password');
		await submitAndWait(page, page.getByRole('button', { name: 'Create my account' }), '/signup');
		await expect(page.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
		await expect(page.getByText('Enter an email address like name@school.org.')).toBeVisible();
		await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Choose a country from the list.')).toBeVisible();

		// A valid form with a common password is refused too, and the typed values are kept.
		await page.getByLabel('Your name').fill('Alan');
		await page.getByLabel('Email').fill(email);
		await page.getByLabel('Password', { exact: true }).fill('password123');
		await page.getByLabel('Country').selectOption('GB');
		await page.getByLabel('School or organization').fill('Bletchley School');
		await submitAndWait(page, page.getByRole('button', { name: 'Create my account' }), '/signup');
		await expect(page.getByText('This password is too common')).toBeVisible();
		await expect(page.getByLabel('Email')).toHaveValue(email);
		await expect(page).toHaveURL(/\/signup$/);

		await tryLogIn(page, email, 'password123');
		await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
	});

	test('a wrong password says nothing about whether the email exists', async ({ page }) => {
		const email = uniqueEmail('wrong');
		await signUp(page, { name: 'Katherine', email, password: 'orbital-math-1962' });
		await logOut(page);

		await tryLogIn(page, email, 'not-my-password');
		const known = await page.getByRole('alert').textContent();
		await tryLogIn(page, uniqueEmail('nobody'), 'not-my-password');
		const unknown = await page.getByRole('alert').textContent();
		expect(known).toBe('The email or password is not correct.');
		expect(unknown).toBe(known);
		await expect(page).toHaveURL(/\/login$/);
	});

	test('repeated failures are rate-limited with the wait time, even with the right password', async ({
		page
	}) => {
		const email = uniqueEmail('limit');
		await signUp(page, { name: 'Mary', email, password: 'difference-engine' });
		await logOut(page);

		for (let attempt = 1; attempt <= 4; attempt++) {
			await tryLogIn(page, email, `wrong-${attempt}`);
			await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
		}
		await tryLogIn(page, email, 'wrong-5');
		await expect(page.getByRole('alert')).toHaveText(
			'Too many failed log-in attempts. Please wait 15 minutes and try again.'
		);
		await tryLogIn(page, email, 'difference-engine');
		await expect(page.getByRole('alert')).toContainText('Too many failed log-in attempts');
		await expect(page).toHaveURL(/\/login$/);
	});

	test('sign-up answers the same for an address that has an account; the mail says the rest', async ({
		page,
		browser
	}) => {
		const email = uniqueEmail('twice');
		await signUp(page, { name: 'Ada', email, password: 'analytical-engine' });

		// Someone else tries the same address: the page says exactly what it says to a newcomer.
		const stranger = await (await browser.newContext()).newPage();
		const answers: string[] = [];
		for (const address of [email, uniqueEmail('fresh')]) {
			await stranger.goto('/signup');
			await stranger.getByLabel('Your name').fill('Someone');
			await stranger.getByLabel('Email').fill(address);
			await stranger.getByLabel('Password', { exact: true }).fill('another-long-one-7');
			await stranger.getByLabel('Country').selectOption('KE');
			await stranger.getByLabel('School or organization').fill('Somewhere');
			await submitAndWait(
				stranger,
				stranger.getByRole('button', { name: 'Create my account' }),
				'/signup'
			);
			answers.push(
				(await stranger.getByRole('status').textContent())!.replace(address, '<address>')
			);
		}
		expect(answers[0]).toBe(answers[1]);
		expect(answers[0]).toContain('We sent a message to <address>');
		// The owner's mail says there is an account already, and creates nothing.
		expect((await lastMailTo(email)).subject).toBe(
			'You already have a Day of AI Classroom account'
		);
		await logOut(page);
		await tryLogIn(page, email, 'another-long-one-7');
		await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
		await logIn(page, email, 'analytical-engine');
		await expect(page).toHaveURL(/\/teach$/);

		// A confirmation link works once; an old or made-up one says so.
		await stranger.goto('/signup/confirm/abcdefghijklmnopqrstuvwxyz234567');
		await expect(stranger.getByRole('alert')).toHaveText(
			'This link has expired or has been used already. Sign up again to get a new one.'
		);
		await stranger.context().close();
	});

	test('change password, then log out everywhere', async ({ page, browser }) => {
		const email = uniqueEmail('pw');
		await signUp(page, { name: 'Hedy', email, password: 'frequency-hopping' });

		const otherDevice = await browser.newContext();
		const other = await otherDevice.newPage();
		await logIn(other, email, 'frequency-hopping');
		await expect(other).toHaveURL(/\/teach$/);

		await page.goto('/account');
		await page.getByLabel('Current password').fill('frequency-hopping');
		await page.getByLabel('New password', { exact: true }).fill('torpedo-guidance');
		await page.getByLabel('Type the new password again').fill('torpedo-guidance');
		await press(page.getByRole('button', { name: 'Change password' }));
		await expect(page.getByRole('status')).toContainText('Your password has been changed');

		await other.goto('/teach');
		await expect(other).toHaveURL(/\/login/);
		await logIn(other, email, 'torpedo-guidance');
		await expect(other).toHaveURL(/\/teach$/);

		await press(page.getByRole('button', { name: 'Log out everywhere' }));
		await expect(page).toHaveURL(/\/login\?loggedOut/);
		await other.goto('/account');
		await expect(other).toHaveURL(/\/login\?redirectTo=%2Faccount/);
		await otherDevice.close();
	});
});

test.describe('organizer pages', () => {
	test('a visitor is sent to log in, then lands where they were going', async ({ page }) => {
		await page.goto('/organize');
		await expect(page).toHaveURL(/\/login\?redirectTo=%2Forganize$/);
		await page.getByLabel('Email').fill(DEMO_ORGANIZER);
		await page.getByLabel('Password').fill(DEMO_PASSWORD);
		await press(page.getByRole('button', { name: 'Log in' }));
		await expect(page).toHaveURL(/\/organize$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrations');
	});

	test('a teacher is refused with 403', async ({ page }) => {
		await signUp(page, {
			name: 'Teacher T',
			email: uniqueEmail('t403'),
			password: 'spotted-cows-42'
		});
		const response = await page.goto('/organize');
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'You do not have access to this page.'
		);
		await expect(
			page.getByRole('navigation').getByRole('link', { name: 'Organizer dashboard' })
		).toHaveCount(0);
	});

	test("a teacher's registration for the event counts once, linked to the account, on the organizer's dashboard", async ({
		page
	}) => {
		const email = uniqueEmail('count');
		await signUp(page, {
			name: 'Counted',
			email,
			password: 'spotted-cows-42',
			country: 'UY',
			school: 'Escuela 1'
		});
		// Signed in, the form knows the teacher: name, address, country and school are filled in.
		for (let time = 0; time < 2; time++) {
			await page.goto('/events/day-of-ai-demo');
			await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email);
			await expect(page.getByLabel('Country')).toHaveValue('UY');
			await expect(page.getByLabel('School or organization')).toHaveValue('Escuela 1');
			await page.waitForTimeout(1_100);
			await press(page.getByRole('button', { name: 'Register' }));
			await expect(
				page.getByRole('heading', {
					name: time === 0 ? 'You are registered!' : 'Your registration is updated'
				})
			).toBeVisible();
		}
		await logOut(page);
		await logIn(page, DEMO_ORGANIZER, DEMO_PASSWORD);
		await expect(page).toHaveURL(/\/organize$/);
		await page.goto('/organize/events/day-of-ai-demo');
		const uruguay = page.locator('a[data-country="UY"]');
		expect(Number(await uruguay.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
		const csv = await (
			await page.request.get('/organize/events/day-of-ai-demo/registrations.csv')
		).text();
		const rows = csv.split('\r\n').filter((line) => line.includes(email));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatch(/,yes$/);
		await expect(
			page.getByRole('navigation').getByRole('link', { name: 'Organizer dashboard' })
		).toBeVisible();
	});
});
