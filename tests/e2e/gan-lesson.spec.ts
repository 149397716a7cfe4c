import { expect, test, type Page } from '@playwright/test';
import { press, studentJoins, submitAndWait, teacherWithClass } from './helpers';

/** The lesson player's own Next (the slow-motion panel has a Next of its own). */
const nextStep = async (student: Page) => {
	const before = await student.locator('.step-count').textContent();
	await press(student.locator('.player-controls').getByRole('button', { name: 'Next' }));
	await expect(student.locator('.step-count')).not.toHaveText(before!);
};

/** Answers a whole round the same way throughout; returns how many of the ten were fakes. */
async function playRoundSaying(student: Page, said: 'Real' | 'Fake'): Promise<number> {
	await press(student.getByRole('button', { name: 'Start a round' }));
	let fakes = 0;
	for (let n = 1; n <= 10; n++) {
		await expect(student.getByTestId('game-progress')).toHaveText(`Picture ${n} of 10`);
		await press(student.getByRole('button', { name: said, exact: true }));
		const feedback = student.getByRole('status').filter({ hasText: /This picture/ });
		await expect(feedback).toContainText(/made by the GAN|a real one/);
		if ((await feedback.innerText()).includes('made by the GAN')) fakes++;
		await press(student.getByRole('button', { name: 'Next picture' }));
	}
	const caught = said === 'Fake' ? fakes : 0;
	await expect(student.getByTestId('game-result')).toContainText(
		`Fakes caught: ${caught} of ${fakes}`
	);
	return fakes;
}

test('on a tablet, a student plays real or fake? before the lesson, walks slow motion, trains the 2-D GAN and plays again after; the teacher sees each score and the class before and after', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Deepfakes 4B');
	await teacher.getByLabel('Module').selectOption('deepfakes|3-5');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);
	await press(teacher.getByRole('link', { name: 'Progress' }));
	await expect(teacher.getByTestId('grid-mode')).toBeVisible();
	const gridPath = new URL(teacher.url()).pathname;

	const student = await studentJoins(browser, code, 'Kai');
	await press(student.locator('.lesson-link').first());
	await expect(student.locator('.step-count')).toBeVisible();
	await nextStep(student);
	// Step 2: the game, before the lesson.
	const fakes = await playRoundSaying(student, 'Fake');

	// Step 4: slow motion in the 3-5 words, three steps; then the GAN at full speed.
	await nextStep(student);
	await nextStep(student);
	const slow = student.locator('.slow-motion');
	await expect(slow.locator('li')).toHaveCount(3);
	await expect(slow.locator('li').nth(0)).toContainText('The forger draws fake dots');
	for (let step = 2; step <= 3; step++) {
		await press(slow.getByRole('button', { name: 'Next' }));
		await expect(slow.locator('.hint')).toHaveText(`Step ${step} of 3`);
	}
	await expect(slow.locator('li').nth(2)).toContainText(
		'The forger changes its dots to fool the detective'
	);
	await press(slow.getByRole('button', { name: 'Back to full speed' }));
	await press(student.getByRole('button', { name: 'Play' }));
	await expect
		.poll(async () =>
			Number((await student.getByTestId('gan-status').innerText()).match(/Iteration (\d+)/)![1])
		)
		.toBeGreaterThan(100);
	await press(student.getByRole('button', { name: 'Pause' }));

	// The teacher's grid has the round's score; the summary, the class before the lesson.
	await teacher.goto(gridPath);
	const row = teacher.locator('tr[data-student="Kai"]');
	await expect(row.locator('td.score').first()).toHaveText(`${fakes}/10`);
	await expect(row.locator('td.cell').nth(1)).toHaveAttribute('data-state', 'done');
	const summary = teacher.locator('table.artifact-summary');
	await expect(summary.locator('caption')).toHaveText('Real or fake? The class before and after');
	const before = summary.locator('tbody tr').filter({ hasText: 'Before the lesson' });
	await expect(before.locator('td')).toHaveText(['1', '100%', '100%']);
	const after = summary.locator('tbody tr').filter({ hasText: 'After the lesson' });
	await expect(after.locator('td')).toHaveText(['0', '–', '–']);

	// Step 7: the game again, after the lesson, now calling everything real.
	for (let step = 5; step <= 7; step++) await nextStep(student);
	const fakesAfter = await playRoundSaying(student, 'Real');
	await teacher.reload();
	await expect(row.locator('td.score').first()).toHaveText(`${10 - fakesAfter}/10`);
	await expect(after.locator('td')).toHaveText(['1', '0%', '0%']);
	await expect(before.locator('td')).toHaveText(['1', '100%', '100%']);
});

test('on a tablet, a student shares the picture GAN she trained; the teacher sees who shared it, and a classmate plays real or fake? against it', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Forgers');
	const ana = await studentJoins(browser, code, 'Ana');
	await ana.goto('/activities/gan');
	await press(ana.getByRole('tab', { name: 'Pictures' }));
	const status = ana.getByTestId('image-gan-status');
	await expect(status).toContainText('Iteration 0');
	const share = ana.getByRole('button', { name: 'Share with my class as the forger' });
	await expect(share).toHaveCount(0);
	await press(ana.getByRole('button', { name: 'Train', exact: true }));
	await expect
		.poll(
			async () =>
				Number(/Iteration ([\d,]+)/.exec(await status.innerText())?.[1]?.replace(/,/g, '')),
			{
				timeout: 60_000
			}
		)
		.toBeGreaterThan(500);
	await press(ana.getByRole('button', { name: 'Pause' }));
	await press(share);
	await expect(
		ana.getByText('Shared: your class plays “Real or fake?” against your GAN.')
	).toBeVisible();

	await teacher.goto(path);
	await expect(teacher.getByTestId('class-forger')).toContainText(
		/Ana shared a picture GAN trained on cartoon faces \([\d,]+ iterations/
	);

	const ben = await studentJoins(browser, code, 'Ben');
	await ben.goto('/activities/gan');
	await press(ben.getByRole('tab', { name: 'Real or fake?' }));
	await press(ben.getByRole('button', { name: 'Start a round' }));
	await expect(ben.getByTestId('game-progress')).toHaveText('Picture 1 of 10');
	await expect(ben.getByTestId('game-forger')).toHaveText(
		'Forger: the GAN a classmate shared with the class'
	);

	await submitAndWait(
		teacher,
		teacher.getByRole('button', { name: 'Remove the class’s forger' }),
		path
	);
	await expect(teacher.getByTestId('class-forger')).toContainText('Removed.');
	for (const page of [ana, ben, teacher]) await page.context().close();
});
