import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations, press } from './helpers';

const status = (page: Page) => page.getByTestId('image-gan-status');
const iterations = async (page: Page) =>
	Number((await status(page).innerText()).match(/Iteration (\d+)/)?.[1] ?? -1);
/** The first made picture's pixels, as the page drew them. */
const firstSample = (page: Page) =>
	page
		.locator('.samples canvas')
		.first()
		.evaluate((canvas: HTMLCanvasElement) =>
			Array.from(
				canvas
					.getContext('2d')!
					.getImageData(0, 0, 20, 20)
					.data.filter((_, k) => k % 4 === 0)
			)
		);

test('the picture GAN trains on faces in its worker, its samples change, a walk joins two of them, and reset brings back the same start', async ({
	page
}) => {
	test.setTimeout(90_000);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/activities/gan');
	await press(page.getByRole('tab', { name: 'Pictures' }));
	await expect(status(page)).toContainText('Iteration 0');
	await expect(page.locator('.samples canvas')).toHaveCount(16);
	await expect(page.getByText('600 pictures to learn from')).toBeVisible();
	const untrained = await firstSample(page);

	await press(page.getByRole('button', { name: 'Train', exact: true }));
	await expect.poll(() => iterations(page), { timeout: 30_000 }).toBeGreaterThan(300);
	await press(page.getByRole('button', { name: 'Pause' }));
	const trained = await firstSample(page);
	expect(trained).not.toEqual(untrained);
	await expect(page.locator('.image-charts')).toContainText(/Detective right: 0\.\d\d/);

	await press(page.getByRole('button', { name: 'Made picture 1', exact: true }));
	await press(page.getByRole('button', { name: 'Made picture 6', exact: true }));
	await expect(page.getByTestId('walk').locator('canvas')).toHaveCount(8);
	await expectNoViolations(page, 'the picture GAN, paused, with a walk');

	await press(page.getByRole('button', { name: 'Go on training' }));
	await expect.poll(() => iterations(page)).toBeGreaterThan((await iterations(page)) + 20);
	await press(page.getByRole('button', { name: 'Pause' }));
	await press(page.getByRole('button', { name: 'Reset' }));
	await expect(status(page)).toContainText('Iteration 0');
	// The same seed and the same fixed noise: the very pictures it started from.
	expect(await firstSample(page)).toEqual(untrained);

	await press(page.getByRole('button', { name: 'Use the trained GAN' }));
	await expect(status(page)).toContainText('The trained GAN: 4,000 iterations');
	expect(await firstSample(page)).not.toEqual(untrained);
	await expect(page.getByTestId('charts-empty')).toContainText('its charts are empty');

	await press(page.getByRole('radio', { name: 'Cow doodles (Quick, Draw!)' }));
	await expect(page.getByText(/\d+ pictures to learn from/)).not.toHaveText(
		'600 pictures to learn from'
	);
	await expect(page.getByRole('button', { name: 'Use the trained GAN' })).toHaveCount(0);
	await expect(page.getByText('Drawings: Quick, Draw! by Google')).toBeVisible();
	// The class's own cows are only there for a student of a class.
	await press(page.getByRole('radio', { name: 'Our class’s cows' }));
	await expect(page.getByRole('alert')).toHaveText(/Join your class to use its drawings/);
	await expect(page.getByRole('radio', { name: 'Cow doodles (Quick, Draw!)' })).toBeChecked();
	expect(errors).toEqual([]);
});

test('real or fake? a round of ten with the answer and a hint after each, scored as fakes caught and false alarms', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/activities/gan');
	await press(page.getByRole('tab', { name: 'Real or fake?' }));
	await press(page.getByRole('button', { name: 'Start a round' }));
	await expect(page.getByTestId('game-progress')).toHaveText('Picture 1 of 10');
	await expectNoViolations(page, 'real or fake?, a picture to judge');
	let fakes = 0;
	for (let n = 1; n <= 10; n++) {
		await expect(page.getByTestId('game-progress')).toHaveText(`Picture ${n} of 10`);
		// Calling everything fake: every fake is caught, and every real picture is a false alarm.
		await press(page.getByRole('button', { name: 'Fake', exact: true }));
		const feedback = page.getByRole('status').filter({ hasText: /This picture/ });
		await expect(feedback).toContainText(/Caught it!|Not this time\./);
		if (((await feedback.innerText()) ?? '').includes('Caught it!')) {
			fakes++;
			await expect(feedback).toContainText(/giveaway|good fake/);
		} else await expect(feedback).toContainText('one of the real pictures');
		if (n === 1) await expectNoViolations(page, 'real or fake?, the answer and its hint');
		await press(page.getByRole('button', { name: 'Next picture' }));
	}
	expect(fakes).toBeGreaterThanOrEqual(4);
	expect(fakes).toBeLessThanOrEqual(6);
	const result = page.getByTestId('game-result');
	await expect(result).toContainText(`Fakes caught: ${fakes} of ${fakes}`);
	await expect(result).toContainText(`Real pictures called fake: ${10 - fakes} of ${10 - fakes}`);
	await expect(result).toContainText(
		'You caught 100% of the fakes and called 100% of the real pictures fake'
	);
	await press(page.getByRole('button', { name: 'Play another round' }));
	await expect(page.getByTestId('game-progress')).toHaveText('Picture 1 of 10');
});
