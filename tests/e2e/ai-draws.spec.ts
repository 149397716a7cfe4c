import { expect, test, type Locator } from '@playwright/test';
import {
	expectNoViolations,
	press,
	studentJoins,
	submitAndWait,
	teacherWithClass
} from './helpers';
import { drawCow, openLab, openLabStep, pressInView } from './doodle';
import { REAL_DATA } from '../../playwright.config';

/** The start of a cow, as a child leaves it for the AI: a body and two legs. */
const STARTED_COW: [number, number][][] = [
	[
		[0.3, 0.4],
		[0.7, 0.4],
		[0.72, 0.6],
		[0.3, 0.6],
		[0.3, 0.4]
	],
	[
		[0.35, 0.6],
		[0.35, 0.78]
	],
	[
		[0.65, 0.6],
		[0.65, 0.78]
	]
];

async function waitForDrawing(panel: Locator) {
	const canvas = panel.locator('svg.ai-canvas');
	await expect(canvas).toHaveAttribute('data-status', 'drawing', { timeout: 30_000 });
	await expect(panel.locator('.ai-status')).toHaveText('Drawing…');
	// Children watch it appear stroke by stroke: part of it shows before the rest.
	const progress = await panel.locator('.ai-progress').textContent();
	const [, shown, total] = progress!.match(/(\d+) of (\d+) pen moves/)!.map(Number);
	expect(shown).toBeLessThan(total!);
	await expect(canvas).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
	await expect(panel.locator('.ai-status')).toContainText(/Done: \d+ pen moves/);
}

test('on a tablet, the AI draws a cow, then finishes a cow the student started with touch strokes, and the teacher sees it in the gallery', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Drawing machines');
	await teacher.getByLabel('Module').selectOption('spotted-cows|3-5');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);

	const ana = await studentJoins(browser, code, 'Ana');
	await openLab(ana);
	await openLabStep(ana, 'The AI draws');
	const panel = ana.locator('section.ai-draws');
	// The grade band's own explanation of how the model learned to draw.
	await expect(panel.locator('.intro')).toHaveAttribute('data-band', '3-5');
	await expect(panel.locator('.intro')).toContainText('one small line at a time');
	// The project's cow model is there with or without Magenta's models.
	await expect(panel.getByRole('radio', { name: 'Cow' })).toBeChecked();

	// Less surprising, then draw.
	await panel.getByRole('slider', { name: /How surprising/ }).fill('0.3');
	await expect(panel.locator('.slider strong')).toHaveText('A little surprising');
	await pressInView(panel.getByRole('button', { name: 'Draw it!' }));
	await waitForDrawing(panel);
	const canvas = panel.locator('svg.ai-canvas');
	expect(Number(await canvas.getAttribute('data-ai-strokes'))).toBeGreaterThanOrEqual(2);
	await expect(canvas.locator('path.student')).toHaveCount(0);

	// Ana starts a cow with her finger; the AI finishes it from where she stopped.
	await drawCow(panel.locator('.drawing-pad'), STARTED_COW);
	await pressInView(panel.getByRole('button', { name: 'Finish my drawing' }));
	await waitForDrawing(panel);
	await expect(canvas.locator('path.student')).toHaveCount(STARTED_COW.length);
	expect(await canvas.locator('path.ai').count()).toBeGreaterThanOrEqual(1);
	await expect(panel.locator('.legend')).toContainText('The AI’s lines');
	await expectNoViolations(ana, 'the AI draws');

	await pressInView(panel.getByRole('button', { name: 'Save to the gallery' }));
	await expect(panel.getByText('Saved to your class gallery.')).toBeVisible();
	await expect(panel.getByRole('button', { name: 'Save to the gallery' })).toBeDisabled();

	// The teacher's gallery shows the drawing: Ana's three lines and the AI's.
	await expect
		.poll(
			async () => {
				await teacher.goto(`${path}/gallery`);
				return teacher.locator('.artifact-drawing').count();
			},
			{ timeout: 20_000 }
		)
		.toBe(1);
	const saved = teacher.locator('.artifact', { has: teacher.locator('.artifact-drawing') });
	await expect(saved).toContainText('Started by the student, finished by the AI (Cow)');
	await expect(saved.locator('path.student')).toHaveCount(STARTED_COW.length);
	expect(Number(await saved.locator('svg').getAttribute('data-ai-strokes'))).toBeGreaterThanOrEqual(
		1
	);
	await expectNoViolations(teacher, 'gallery with an AI drawing');
});

test('Magenta’s animal models draw too when the server has them, with their credit', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/activities/doodle-lab');
	await openLabStep(page, 'The AI draws');
	const panel = page.locator('section.ai-draws');
	await expect(panel.getByRole('radio', { name: 'Cow' })).toBeChecked();
	if (REAL_DATA.SKETCH_RNN_DIR) {
		// The chips grow from one (Cow) to all the server's animals when its list arrives; a tap
		// while they move can land beside Sheep, so tap again until it is chosen.
		await expect(async () => {
			await press(panel.getByText('Sheep', { exact: true }));
			await expect(panel.getByRole('radio', { name: 'Sheep' })).toBeChecked({ timeout: 1000 });
		}).toPass({ timeout: 15_000 });
		await expect(panel.locator('.credit')).toContainText('Magenta project');
		await expect(panel.locator('.credit')).toContainText('CC BY 4.0');
		await pressInView(panel.getByRole('button', { name: 'Draw it!' }));
		await waitForDrawing(panel);
		expect(
			Number(await panel.locator('svg.ai-canvas').getAttribute('data-ai-strokes'))
		).toBeGreaterThanOrEqual(2);
	} else {
		// Without the models the cow is the only choice, and no credit is shown.
		await expect(panel.getByRole('radio')).toHaveCount(1);
		await expect(panel.locator('.credit')).toHaveCount(0);
	}
});
