import { expect, test, type Page } from '@playwright/test';
import {
	expectNoViolations,
	press,
	signUp,
	studentJoins,
	submitAndWait,
	teacherWithClass,
	uniqueEmail
} from './helpers';

// Defects found when the app was tried as a new teacher and a 10-year-old would (issue 13, point 9).

/** Waits until the tablet's queue to the server is empty: the teacher has everything. */
async function outboxEmpty(student: Page): Promise<void> {
	await expect
		.poll(() =>
			student.evaluate(() =>
				Object.entries(localStorage)
					.filter(([key]) => key.startsWith('dayofai:outbox:v1:'))
					.reduce((n, [, value]) => n + (JSON.parse(value) as unknown[]).length, 0)
			)
		)
		.toBe(0);
}

async function assign(teacher: Page, path: string, module: string, due: string): Promise<void> {
	await teacher.getByLabel('Module').selectOption(module);
	await teacher.getByLabel('Due date (optional)').fill(due);
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);
}

test('the live grid shows each step from its own events, with step headers, a legend and a labelled score', async ({
	browser
}) => {
	const { teacher, path, code } = await teacherWithClass(browser, 'Room 21');
	await assign(teacher, path, 'what-is-ai|3-5', '');
	const student = await studentJoins(browser, code, 'Noa');
	await press(student.locator('.lesson-link').first());
	const next = student.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	await press(next);
	await press(next);
	await expect(student.locator('.step-count')).toContainText('Step 3 of');
	await outboxEmpty(student);

	await press(teacher.getByRole('link', { name: 'Progress', exact: true }));
	const cells = teacher.locator('tr[data-student="Noa"] td.cell');
	// Steps 1 and 2 are done, step 3 is where Noa is; the steps after it were never opened.
	await expect(cells.nth(0)).toHaveClass(/cell-done/);
	await expect(cells.nth(1)).toHaveClass(/cell-done/);
	await expect(cells.nth(2)).toHaveClass(/cell-seen/);
	await expect(cells.nth(3)).toHaveClass(/cell-not-started/);
	await expect(cells.nth(4)).toHaveClass(/cell-not-started/);

	const grid = teacher.locator('table.progress-grid');
	await expect(grid.getByRole('columnheader', { name: /^Step 1: / }).first()).toHaveText('1');
	await expect(grid.getByRole('columnheader', { name: 'Quiz score' }).first()).toBeVisible();
	const legend = teacher.getByRole('region', { name: 'What the squares mean' });
	await expect(legend).toContainText('Not started');
	await expect(legend).toContainText('In progress');
	await expect(legend).toContainText('Done');
	await expectNoViolations(teacher, 'progress grid with step headers and legend');
	for (const page of [teacher, student]) await page.context().close();
});

test('a lesson reopened after the tablet forgot it resumes from the progress the server holds', async ({
	browser
}) => {
	const { teacher, path, code } = await teacherWithClass(browser, 'Room 22');
	await assign(teacher, path, 'what-is-ai|3-5', '');
	const student = await studentJoins(browser, code, 'Ivo');
	await press(student.locator('.lesson-link').first());
	await expect(student).toHaveURL(/\/modules\/what-is-ai\/3-5\//);
	const lessonUrl = student.url();
	const next = student.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	await press(next);
	await press(next);
	await expect(student.locator('.step-count')).toContainText('Step 3 of');
	await outboxEmpty(student);

	// Another tablet, or this one wiped: nothing of the lesson is left on the device.
	await student.evaluate(() => localStorage.clear());
	await student.goto(lessonUrl);
	await expect(student.getByRole('button', { name: 'Next' })).toBeEnabled();
	await expect(student.locator('.step-count')).toContainText('Step 3 of');
	const dots = student.locator('.progress-dots .dot');
	await expect(dots.nth(0)).toHaveClass(/done/);
	await expect(dots.nth(1)).toHaveClass(/done/);
	await expect(dots.nth(2)).not.toHaveClass(/done/);
	for (const page of [teacher, student]) await page.context().close();
});

test('sign-up keeps the chosen country through two failed submits', async ({ page }) => {
	await page.goto('/signup');
	await page.getByLabel('Your name').fill('Rosa');
	await page.getByLabel('Email').fill('not-an-email');
	await page.getByLabel('Password', { exact: true }).fill('short');
	await page.getByLabel('Country').selectOption('MX');
	await page.getByLabel('School or organization').fill('Escuela 5');
	const submit = page.getByRole('button', { name: 'Create my account' });
	await submitAndWait(page, submit, '/signup');
	await expect(page.getByText('Please correct the highlighted fields.')).toBeVisible();
	await expect(page.getByLabel('Country')).toHaveValue('MX');
	await submitAndWait(page, submit, '/signup');
	await expect(page.getByLabel('Country')).toHaveValue('MX');
	await page.getByLabel('Country').selectOption('AR');
	await submitAndWait(page, submit, '/signup');
	await expect(page.getByLabel('Country')).toHaveValue('AR');
});

test('a first-time teacher is one tap from creating a class and from the modules', async ({
	page
}) => {
	await signUp(page, { name: 'New', email: uniqueEmail('new'), password: 'spotted-cows-42' });
	const main = page.getByRole('main');
	await expectNoViolations(page, 'a first-time teacher’s home');
	await press(main.getByRole('link', { name: 'Create your first class' }));
	await expect(page).toHaveURL(/\/teach\/classes$/);
	await page.goto('/teach');
	await press(page.getByRole('main').getByRole('link', { name: 'Browse the lessons' }));
	await expect(page).toHaveURL(/\/modules/);
});

test('a new join code needs a confirmation, and re-assigning keeps the due date unless cleared', async ({
	browser
}) => {
	const { teacher, path, code } = await teacherWithClass(browser, 'Room 23');
	const makeNew = teacher.getByRole('button', { name: 'Make a new code' });
	await press(makeNew);
	// Not confirmed: nothing changes (the browser asks for the box; the server checks it too).
	await expect(teacher.getByTestId('join-code')).toHaveText(code);
	const confirm = teacher.getByLabel('Printed cards and the old code will stop working');
	await expect(confirm).toBeVisible();
	await confirm.check();
	await submitAndWait(teacher, makeNew, path);
	await expect(teacher.getByRole('status')).toHaveText('The class has a new join code.');
	await expect(teacher.getByTestId('join-code')).not.toHaveText(code);

	await assign(teacher, path, 'what-is-ai|3-5', '2099-06-30');
	const item = teacher.locator('.assignment-list li').first();
	await expect(item).toContainText('Due Jun 30, 2099');
	// Assigned again without a date: the due date stays.
	await assign(teacher, path, 'what-is-ai|3-5', '');
	await expect(item).toContainText('Due Jun 30, 2099');
	// Only an explicit "remove the due date" drops it.
	await teacher.getByLabel('Module').selectOption('what-is-ai|3-5');
	await teacher.getByLabel('Remove the due date').check();
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);
	await expect(item).not.toContainText('Due');
	await teacher.context().close();
});

test('the presenter has large on-screen Next and Back buttons and keeps its keys', async ({
	page
}) => {
	await page.goto('/modules/what-is-ai/3-5/spot-the-ai/present');
	const counter = page.locator('.presenter-bar');
	await expect(counter).toContainText('Step 1 of');
	const next = page.getByRole('button', { name: 'Next' });
	const back = page.getByRole('button', { name: 'Back' });
	await expect(back).toBeDisabled();
	await expectNoViolations(page, 'presenter with Next and Back');
	const box = await next.boundingBox();
	expect(box!.height).toBeGreaterThanOrEqual(48);
	expect(box!.width).toBeGreaterThanOrEqual(48);
	await press(next);
	await expect(counter).toContainText('Step 2 of');
	await press(next);
	await expect(counter).toContainText('Step 3 of');
	await press(back);
	await expect(counter).toContainText('Step 2 of');
	await page.keyboard.press('ArrowRight');
	await expect(counter).toContainText('Step 3 of');
});

test('a Spanish page shows dates the Spanish way, a student’s work as sent, and an endpoint’s error translated', async ({
	browser
}) => {
	const { teacher, path, code } = await teacherWithClass(browser, 'Aula 7');
	await assign(teacher, path, 'what-is-ai|3-5', '2099-06-30');
	await press(teacher.getByRole('button', { name: 'Español' }));
	await expect(teacher.locator('html')).toHaveAttribute('lang', 'es');
	await expect(teacher.locator('.assignment-list li').first()).toContainText('30 jun 2099');
	await expect(teacher.locator('.assignment-list li').first()).not.toContainText('2099-06-30');

	const student = await studentJoins(browser, code, 'Lía');
	await press(student.getByRole('button', { name: 'Español' }));
	await expect(student.locator('html')).toHaveAttribute('lang', 'es');
	await expect(student.locator('.assignment-card')).toContainText('30 jun 2099');
	// The exit ticket: the last step of the first lesson.
	await press(student.locator('.lesson-link').first());
	await expect(student.getByRole('button', { name: 'Siguiente' })).toBeEnabled();
	await press(student.locator('.progress-dots .dot').last());
	await student.locator('.reflect textarea').fill('Las máquinas aprenden de ejemplos.');
	await press(student.getByRole('button', { name: 'Guardar mi respuesta' }));
	await expect(student.locator('.reflect .saved')).toHaveText('Enviado a tu maestro o maestra.');

	// Signed out meanwhile (the teacher reset the tablet's sign-in): the server answers a code,
	// and the page says in Spanish what to do.
	await student.context().clearCookies({ name: 'student_session' });
	await student.locator('.reflect textarea').fill('Aprenden de muchos ejemplos.');
	await press(student.getByRole('button', { name: 'Guardar mi respuesta' }));
	await expect(student.locator('.reflect .saved')).toContainText(
		'Vuelve a entrar en tu clase para que tu maestro o maestra lo reciba.'
	);
	await expect(student.locator('.reflect .saved')).not.toContainText('Sign in');
	for (const page of [teacher, student]) await page.context().close();
});

test('a student sees what a lesson is about, not the teacher’s objectives and materials', async ({
	browser
}) => {
	const { teacher, code } = await teacherWithClass(browser, 'Room 24');
	await teacher.goto('/modules/what-is-ai/3-5');
	await expect(teacher.getByRole('heading', { name: 'Students will' })).toBeVisible();

	const student = await studentJoins(browser, code, 'Tea');
	await student.goto('/modules/what-is-ai/3-5');
	await expect(student.locator('.lesson-card').first()).toBeVisible();
	await expect(student.getByRole('heading', { name: 'Students will' })).toHaveCount(0);
	await expect(student.getByText('Learning objectives')).toHaveCount(0);
	await expect(student.getByText('Words to know:').first()).toBeVisible();
	await expect(student.getByRole('link', { name: 'Start lesson' }).first()).toBeVisible();
	for (const page of [teacher, student]) await page.context().close();
});
