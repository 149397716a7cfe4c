import { expect, test } from '@playwright/test';
import {
	press,
	signUp,
	studentJoins,
	submitAndWait,
	teacherWithClass,
	uniqueEmail
} from './helpers';

test('a teacher assigns a module; a student works through it, offline too, and nothing is lost or doubled', async ({
	browser
}) => {
	const { teacher, path, code } = await teacherWithClass(browser, 'Room 3');
	await teacher.getByLabel('Module').selectOption('what-is-ai|3-5');
	await teacher.getByLabel('Due date (optional)').fill('2099-06-30');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);
	await expect(teacher.locator('.assignment-list li')).toContainText('What is AI?');

	const student = await studentJoins(browser, code, 'Mia');
	const context = student.context();
	await expect(student.locator('.assignment-card')).toHaveAttribute('data-state', 'not-started');
	await expect(student.locator('.assignment-card')).toContainText('Due Jun 30, 2099');

	await press(student.locator('.lesson-link').first());
	const next = student.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	const sent = student.waitForResponse(
		(r) => r.url().endsWith('/api/progress') && r.status() === 200
	);
	await press(next);
	await press(next);
	await sent;

	// The connection drops: the student keeps going; the tablet queues the events.
	await context.setOffline(true);
	await student.waitForFunction(() => !navigator.onLine);
	await press(next);
	await press(next);
	const queued = await student.evaluate(() =>
		Object.entries(localStorage)
			.filter(([key]) => key.startsWith('dayofai:outbox:v1:'))
			.flatMap(([, value]) => JSON.parse(value) as unknown[])
	);
	expect(queued.length).toBeGreaterThanOrEqual(2);

	// Back online: the queue empties, and the server has exactly four completed steps.
	const flushed = student.waitForResponse(
		(r) => r.url().endsWith('/api/progress') && r.status() === 200
	);
	await context.setOffline(false);
	await student.evaluate(() => window.dispatchEvent(new Event('online')));
	await flushed;
	await expect
		.poll(() =>
			student.evaluate(() =>
				Object.entries(localStorage)
					.filter(([key]) => key.startsWith('dayofai:outbox:v1:'))
					.reduce((n, [, value]) => n + (JSON.parse(value) as unknown[]).length, 0)
			)
		)
		.toBe(0);
	// Sending the same events again (a retry) changes nothing.
	await student.reload();
	await expect(student.getByRole('button', { name: 'Next' })).toBeEnabled();
	await student.goto('/learn');
	await expect(student.locator('.assignment-card')).toHaveAttribute('data-state', 'in-progress');
	await expect(student.locator('.assignment-lessons li').first()).toContainText(
		/^.*4 of \d+ steps/
	);
	for (const page of [teacher, student]) await page.context().close();
});

test('only a signed-in student can send progress, and bad bodies are refused', async ({
	playwright,
	baseURL,
	browser
}) => {
	const visitor = await playwright.request.newContext({ baseURL });
	const event = {
		id: 'x',
		context: 'what-is-ai/3-5/spot-the-ai',
		at: '2026-11-25T10:00:00.000Z',
		event: { type: 'started' }
	};
	expect((await visitor.post('/api/progress', { data: { events: [event] } })).status()).toBe(401);
	await visitor.dispose();

	const teacher = await (await browser.newContext()).newPage();
	await signUp(teacher, {
		name: 'Not A Student',
		email: uniqueEmail('nas'),
		password: 'spotted-cows-42'
	});
	expect(
		(await teacher.request.post('/api/progress', { data: { events: [event] } })).status()
	).toBe(401);
	await teacher.goto('/teach/classes');
	await teacher.getByLabel('Class name').fill('Room 9');
	await submitAndWait(
		teacher,
		teacher.getByRole('button', { name: 'Create class' }),
		'/teach/classes'
	);
	const code = (await teacher.getByTestId('join-code').textContent())!.trim();

	const student = await studentJoins(browser, code, 'Leo');
	const api = student.request;
	expect(
		(
			await api.post('/api/progress', {
				data: 'not json',
				headers: { 'content-type': 'application/json' }
			})
		).status()
	).toBe(400);
	expect((await api.post('/api/progress', { data: { events: [] } })).status()).toBe(400);
	expect(
		(
			await api.post('/api/progress', { data: { events: [{ ...event, event: { type: 'hack' } }] } })
		).status()
	).toBe(400);
	const ok = await api.post('/api/progress', { data: { events: [event, event] } });
	expect(await ok.json()).toEqual({ received: 2, stored: 1 });
	expect(await (await api.post('/api/progress', { data: { events: [event] } })).json()).toEqual({
		received: 1,
		stored: 0
	});
	for (const page of [teacher, student]) await page.context().close();
});

test('the teacher’s progress grid updates live while a student works, and is the teacher’s alone', async ({
	browser
}) => {
	const { teacher, path, code } = await teacherWithClass(browser, 'Room 5');
	await teacher.getByLabel('Module').selectOption('what-is-ai|3-5');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);
	await press(teacher.getByRole('link', { name: 'Progress' }));
	await expect(teacher.getByTestId('grid-mode')).toHaveText('Live: updates as students work.');
	const gridPath = new URL(teacher.url()).pathname;

	const student = await studentJoins(browser, code, 'Kai');
	await press(student.locator('.lesson-link').first());

	// The student appears and their cells fill in, without the teacher reloading.
	const row = teacher.locator('tr[data-student="Kai"]');
	await expect(row).toBeVisible();
	const next = student.getByRole('button', { name: 'Next' });
	await expect(next).toBeEnabled();
	for (let i = 0; i < 3; i++) await press(next);
	await expect(row.locator('.cell-done')).toHaveCount(3);
	await expect(row.locator('.cell-seen').first()).toBeVisible();

	const other = await (await browser.newContext()).newPage();
	await signUp(other, {
		name: 'Other Teacher',
		email: uniqueEmail('other'),
		password: 'spotted-cows-42'
	});
	expect((await other.goto(gridPath))?.status()).toBe(404);
	expect((await other.request.get(`${gridPath}/stream`)).status()).toBe(404);
	for (const page of [teacher, student, other]) await page.context().close();
});
