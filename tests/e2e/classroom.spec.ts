import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	expectNoViolations,
	press,
	studentJoins,
	submitAndWait,
	teacherWithClass
} from './helpers';

/** A class with "What is AI?" (3-5) assigned; the teacher is on its live progress grid. */
async function classWithAssignment(browser: Browser, name: string) {
	const { teacher, path, code } = await teacherWithClass(browser, name);
	await teacher.getByLabel('Module').selectOption('what-is-ai|3-5');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);
	await press(teacher.getByRole('link', { name: 'Progress' }));
	await expect(teacher.getByTestId('grid-mode')).toHaveText('Live: updates as students work.');
	return { teacher, path, code, gridPath: new URL(teacher.url()).pathname };
}

/** The student opens the first lesson once the offline helper (service worker) is in charge. */
async function openFirstLesson(student: Page) {
	await student.waitForFunction(() => navigator.serviceWorker?.controller != null);
	await press(student.locator('.lesson-link').first());
	await expect(student.getByRole('button', { name: 'Next' })).toBeEnabled();
}

async function next(student: Page, times: number) {
	for (let i = 0; i < times; i++) {
		const before = await student.locator('.step-count').textContent();
		await press(student.getByRole('button', { name: 'Next' }));
		await expect(student.locator('.step-count')).not.toHaveText(before!);
	}
}

const outboxSize = (student: Page) =>
	student.evaluate(() =>
		Object.entries(localStorage)
			.filter(([key]) => key.startsWith('dayofai:outbox:v1:'))
			.reduce((n, [, value]) => n + (JSON.parse(value) as unknown[]).length, 0)
	);

/** RFC 4180 rows (the export quotes commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted && char === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (char === '"') {
			quoted = !quoted;
		} else if (!quoted && char === ',') {
			row.push(cell);
			cell = '';
		} else if (!quoted && char === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else {
			cell += char;
		}
	}
	return rows;
}

test('two students on tablets work, the teacher’s grid follows live, and a student who goes offline and reloads loses nothing', async ({
	browser
}) => {
	const { teacher, code, gridPath } = await classWithAssignment(browser, 'Room 8');

	const ana = await studentJoins(browser, code, 'Ana');
	const ben = await studentJoins(browser, code, 'Ben');
	await openFirstLesson(ana);
	await openFirstLesson(ben);
	const lessonUrl = ana.url();

	await next(ana, 3);
	await next(ben, 2);
	const anaRow = teacher.locator('tr[data-student="Ana"]');
	const benRow = teacher.locator('tr[data-student="Ben"]');
	await expect(anaRow.locator('.cell-done')).toHaveCount(3);
	await expect(benRow.locator('.cell-done')).toHaveCount(2);
	await expect(anaRow.locator('.cell-seen').first()).toBeVisible();

	// The Wi-Fi drops for Ana. She keeps going; her tablet keeps the work.
	await ana.context().setOffline(true);
	await ana.waitForFunction(() => !navigator.onLine);
	await next(ana, 1);
	// A page she never opened is not on the tablet: the network really is gone.
	const missing = await ana.goto('/modules?band=9-12');
	expect(missing?.status()).toBe(503);
	await expect(ana.getByRole('heading', { name: 'You’re offline' })).toBeVisible();
	// She reloads the lesson: the tablet opens it from its cache, on the step where she was.
	const reloaded = await ana.goto(lessonUrl);
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await expect(ana.locator('.step-count')).toContainText('Step 5 of 10');
	// Step 5 is the activity (done only when sorted); step 6 is a discussion.
	await next(ana, 2);
	// Her tablet holds the work (steps 4 and 6 at least). The grid is not checked here: Chromium's
	// offline emulation can let a request through that the page sees fail, which is exactly the
	// retry the idempotency keys absorb; the exact counts below prove it.
	expect(await outboxSize(ana)).toBeGreaterThanOrEqual(2);

	// Back online: the queue empties and the grid catches up, without the teacher reloading.
	await ana.context().setOffline(false);
	await ana.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect.poll(() => outboxSize(ana), { timeout: 15_000 }).toBe(0);
	await expect(anaRow.locator('.cell-done')).toHaveCount(5);
	await expect(benRow.locator('.cell-done')).toHaveCount(2);

	// Exact counts on the server, one CSV row per student and step.
	const response = await teacher.request.get(`${gridPath}/export.csv`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/csv');
	const [header, ...rows] = parseCsv((await response.text()).replace(/^\ufeff/, ''));
	expect(header).toEqual([
		'Student',
		'Lesson',
		'Step',
		'Kind',
		'Title',
		'State',
		'Completed at (UTC)',
		'Score',
		'Answer'
	]);
	const anaRows = rows.filter((row) => row[0] === 'Ana');
	const benRows = rows.filter((row) => row[0] === 'Ben');
	expect(anaRows.length).toBe(benRows.length);
	expect(anaRows.length + benRows.length).toBe(rows.length);
	expect(anaRows.filter((row) => row[5] === 'Done').map((row) => Number(row[2]))).toEqual([
		1, 2, 3, 4, 6
	]);
	expect(benRows.filter((row) => row[5] === 'Done')).toHaveLength(2);
	for (const page of [teacher, ana, ben]) await page.context().close();
});

test('a student asks for help with one tap; the teacher sees it live, opens the student’s work, and curates the class gallery', async ({
	browser
}) => {
	const { teacher, path, code } = await classWithAssignment(browser, 'Room 11');

	const zoe = await studentJoins(browser, code, 'Zoe');
	await press(zoe.locator('.lesson-link').first());
	await expect(zoe.getByRole('button', { name: 'Next' })).toBeEnabled();

	// One tap: the hand goes up on the teacher's grid.
	await press(zoe.getByRole('button', { name: 'I need help' }));
	await expect(zoe.getByRole('button', { name: /Help is coming/ })).toBeVisible();
	const row = teacher.locator('tr[data-student="Zoe"]');
	await expect(row.getByTestId('needs-help')).toBeVisible();
	await expect(teacher.locator('.help-summary')).toHaveText('✋ Students asking for help: 1');
	await expectNoViolations(teacher, 'grid with a raised hand');
	await expectNoViolations(zoe, 'student with a raised hand');
	await press(row.getByRole('button', { name: 'Helped' }));
	await expect(row.getByTestId('needs-help')).toHaveCount(0);
	// Zoe's tablet sees that the teacher came: her hand goes down by itself.
	await expect(zoe.getByRole('button', { name: 'I need help' })).toBeVisible({ timeout: 15_000 });

	// Zoe answers the quiz (step 8) and writes her reflection (step 10).
	await press(zoe.locator('.progress-dots .dot').nth(7));
	await expect(zoe.locator('.step-count')).toContainText('Step 8 of 10');
	const firstChoice = zoe.locator('.quiz-question').first().locator('button').first();
	await press(firstChoice);
	await press(zoe.locator('.progress-dots .dot').nth(9));
	await zoe.getByLabel('Your answer').fill('AI learns from lots of examples, like my music app.');
	await press(zoe.getByRole('button', { name: 'Save my answer' }));
	await expect(zoe.locator('.saved')).toBeVisible();

	// Her page: answers and the reflection.
	await press(row.getByRole('link', { name: 'Zoe' }));
	await expect(teacher.getByRole('heading', { name: 'Quiz answers' })).toBeVisible();
	await expect(teacher.locator('.answer-list li')).toHaveCount(1);
	await expectNoViolations(teacher, 'student page');
	await expect(teacher.locator('.artifact-text')).toHaveText(
		'AI learns from lots of examples, like my music app.'
	);

	// The gallery: hide it, and the projector no longer shows it; show it again.
	await teacher.goto(`${path}/gallery`);
	await expect(teacher.getByTestId('gallery-counts')).toHaveText('1 shown, 0 hidden');
	await press(teacher.getByRole('button', { name: 'Hide' }));
	await expect(teacher.getByTestId('gallery-counts')).toHaveText('0 shown, 1 hidden');
	await expectNoViolations(teacher, 'gallery with a hidden item');
	await teacher.goto(`${path}/gallery/present`);
	await expect(teacher.locator('.artifact')).toHaveCount(0);
	await teacher.goto(`${path}/gallery`);
	await press(teacher.getByRole('button', { name: 'Show again' }));
	await expect(teacher.getByTestId('gallery-counts')).toHaveText('1 shown, 0 hidden');
	await press(teacher.getByRole('link', { name: 'Show on the projector' }));
	await expect(teacher.locator('.artifact-text')).toHaveText(
		'AI learns from lots of examples, like my music app.'
	);
	await expectNoViolations(teacher, 'gallery on the projector');
	await teacher.keyboard.press('ArrowRight');
	await expect(teacher.locator('.gallery-spotlight .artifact')).toBeVisible();
	for (const page of [teacher, zoe]) await page.context().close();
});
