import { expect, type Locator, type Page } from '@playwright/test';
import { press } from './helpers';
import { drawStroke } from './touch';

/** A cow as a child draws it, stroke by stroke, in fractions of the drawing area. */
export const COW: [number, number][][] = [
	// body
	[
		[0.25, 0.35],
		[0.75, 0.35],
		[0.78, 0.6],
		[0.25, 0.6],
		[0.25, 0.35]
	],
	// head
	[
		[0.25, 0.38],
		[0.12, 0.3],
		[0.08, 0.42],
		[0.18, 0.5],
		[0.25, 0.46]
	],
	// legs
	[
		[0.3, 0.6],
		[0.3, 0.78]
	],
	[
		[0.4, 0.6],
		[0.4, 0.78]
	],
	[
		[0.62, 0.6],
		[0.62, 0.78]
	],
	[
		[0.72, 0.6],
		[0.72, 0.78]
	],
	// tail
	[
		[0.76, 0.38],
		[0.85, 0.5]
	]
];

export async function drawCow(pad: Locator, strokes = COW) {
	const canvas = pad.locator('canvas');
	await canvas.scrollIntoViewIfNeeded();
	const box = (await canvas.boundingBox())!;
	for (const [i, stroke] of strokes.entries()) {
		await drawStroke(
			canvas,
			stroke.map(([x, y]) => [x * box.width, y * box.height])
		);
		await expect(canvas).toHaveAttribute('data-strokes', String(i + 1));
	}
}

/** Taps (or clicks) a control once it sits in the middle of the screen. */
export async function pressInView(locator: Locator) {
	await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
	await press(locator);
}

/** From the student's home page to the lesson's lab, step by step. */
export async function openLab(student: Page) {
	await press(student.locator('.lesson-link').first());
	await expect(student.getByRole('button', { name: 'Next' })).toBeEnabled();
	for (let i = 0; i < 12 && (await student.locator('.activity-frame').count()) === 0; i++) {
		const before = await student.locator('.step-count').textContent();
		await press(student.getByRole('button', { name: 'Next' }));
		await expect(student.locator('.step-count')).not.toHaveText(before!);
	}
	// The lab opens on its first step, the training data; Train waits in step 2.
	await expect(student.getByRole('heading', { name: '1. Choose the training data' })).toBeVisible();
	await expect(
		student.getByRole('button', { name: 'Train', exact: true, includeHidden: true })
	).toBeAttached();
	// A new step scrolls smoothly to its top: let that finish before touching anything.
	await expect
		.poll(async () => {
			const before = await student.evaluate(() => window.scrollY);
			await student.waitForTimeout(150);
			return (await student.evaluate(() => window.scrollY)) === before;
		})
		.toBe(true);
}

/** Opens one of the lab's numbered steps (the stepper above its panels), by its short name. */
export async function openLabStep(page: Page, title: string) {
	await expect(page.locator('.doodle-lab')).toBeVisible();
	// (A lab without the stepper shows every panel at once: nothing to open.)
	if ((await page.locator('.lab-steps').count()) === 0) return;
	const name = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const step = page.locator('.lab-steps button', { hasText: new RegExp(`^\\d+\\s*${name}$`) });
	await pressInView(step);
	await expect(step).toHaveAttribute('aria-current', 'step');
}
