import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations, press } from './helpers';
import { drawCow, pressInView } from './doodle';

const status = (page: Page) => page.getByTestId('gan-status');
const iterations = async (page: Page) =>
	Number((await status(page).innerText()).match(/Iteration (\d+)/)![1]);
const drawn = async (page: Page) =>
	Number(await page.locator('.gan-canvas canvas').getAttribute('data-drawn'));

test('the 2-D GAN learns the ring while the page keeps drawing, and slow motion walks one iteration through', async ({
	page
}) => {
	test.setTimeout(120_000);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/activities/gan');
	const play = page.getByRole('button', { name: 'Play' });
	await expect(play).toBeEnabled();
	await expect(status(page)).toContainText('Iteration 0');

	await pressInView(play);
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	// The ring is fitted within GAN Lab's 812 iterations, and the picture kept being redrawn.
	await expect(status(page)).toContainText(/Fitted after \d+ iterations/, { timeout: 60_000 });
	const fittedAt = Number((await status(page).innerText()).match(/Fitted after (\d+)/)![1]);
	expect(fittedAt).toBeLessThan(812);
	expect(await drawn(page)).toBeGreaterThan(10);
	await press(page.getByRole('button', { name: 'Pause' }));
	await expect(page.locator('.gan-charts')).toContainText(/Divergence \(0 = the same\): 0\.\d\d/);
	await expectNoViolations(page, 'the 2-D GAN, paused');

	// Single steps: the detective's alone leaves the count; the forger's ends an iteration.
	const before = await iterations(page);
	await press(page.getByRole('button', { name: 'Detective step' }));
	await press(page.getByRole('button', { name: 'Forger step' }));
	await expect(status(page)).toContainText(`Iteration ${before + 1}`);

	await pressInView(page.getByRole('button', { name: 'Slow motion' }));
	const steps = page.locator('.slow-motion li');
	await expect(steps).toHaveCount(5);
	await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
	for (let step = 2; step <= 5; step++) {
		const drawnBefore = await drawn(page);
		await pressInView(page.getByRole('button', { name: 'Next' }));
		await expect(page.locator('.slow-motion .hint')).toHaveText(`Step ${step} of 5`);
		await expect(steps.nth(step - 1)).toHaveAttribute('aria-current', 'step');
		// The picture is redrawn with the step's part highlighted.
		await expect.poll(() => drawn(page)).toBeGreaterThan(drawnBefore);
	}
	await expect(steps.nth(4)).toContainText('The forger adjusts to fool the detective');
	await expectNoViolations(page, 'the 2-D GAN in slow motion');
	await expect(status(page)).toContainText(`Iteration ${before + 2}`);
	await press(page.getByRole('button', { name: 'Back to full speed' }));
	await press(page.getByRole('button', { name: 'Reset' }));
	await expect(status(page)).toContainText('Iteration 0');
	expect(errors).toEqual([]);
});

test('a student draws the shape the GAN learns; a dot, a huge file or a file that is not a shape is refused with a message', async ({
	page
}) => {
	await page.goto('/activities/gan');
	await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
	await press(page.locator('.gan-activity .datasets').getByText('My drawing'));
	const pad = page.locator('.shape-panel .drawing-pad');
	await expect(pad).toBeVisible();

	// A dot is not a shape.
	await drawCow(pad, [[[0.5, 0.5]]]);
	await press(page.getByRole('button', { name: 'Use my shape' }));
	await expect(page.getByRole('alert')).toHaveText('Draw a line or a shape, not a single dot.');

	const chooser = page.locator('.shape-panel input[type=file]');
	await chooser.setInputFiles({
		name: 'huge.json',
		mimeType: 'application/json',
		buffer: Buffer.alloc(300 * 1024, 32)
	});
	await expect(page.getByRole('alert').first()).toHaveText(
		'That file is too big for a shape: at most 256 KB.'
	);
	await chooser.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"type": "dayofai-gan-shape", "strokes": [{"x": [1, 2]}]')
	});
	await expect(page.getByText('That is not a shape file this activity can read.')).toBeVisible();

	// A real shape: a zigzag, drawn with a finger, becomes the real data.
	await press(pad.getByRole('button', { name: /clear/i }));
	await drawCow(pad, [
		[
			[0.1, 0.8],
			[0.3, 0.2],
			[0.5, 0.8],
			[0.7, 0.2],
			[0.9, 0.8]
		]
	]);
	await press(page.getByRole('button', { name: 'Use my shape' }));
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(status(page)).toContainText('Iteration 0');
	await pressInView(page.getByRole('button', { name: 'Play' }));
	await expect.poll(() => iterations(page)).toBeGreaterThan(50);
});
