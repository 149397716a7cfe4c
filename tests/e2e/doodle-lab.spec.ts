import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	expectNoViolations,
	press,
	studentJoins,
	submitAndWait,
	teacherWithClass
} from './helpers';
import { drawStroke } from './touch';

/** A cow as a child draws it, stroke by stroke, in fractions of the drawing area. */
const COW: [number, number][][] = [
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

async function drawCow(pad: Locator) {
	const canvas = pad.locator('canvas');
	await canvas.scrollIntoViewIfNeeded();
	const box = (await canvas.boundingBox())!;
	for (const [i, stroke] of COW.entries()) {
		await drawStroke(
			canvas,
			stroke.map(([x, y]) => [x * box.width, y * box.height])
		);
		await expect(canvas).toHaveAttribute('data-strokes', String(i + 1));
	}
}

async function trainAndWait(student: Page, button: RegExp) {
	await press(student.getByRole('button', { name: button }));
	await expect(student.getByRole('button', { name: 'Stop training' })).toBeVisible();
	await expect(student.locator('.doodle-lab .status')).toContainText('Trained and tested in', {
		timeout: 90_000
	});
}

const gap = async (student: Page) => Number(await student.locator('.gap').getAttribute('data-gap'));

test('a student trains on mostly spotted cows, sees plain cows missed, fixes the mix, and the teacher sees the experiment', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Cow detectives');
	await teacher.getByLabel('Module').selectOption('spotted-cows|3-5');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);

	const ana = await studentJoins(browser, code, 'Ana');
	await press(ana.locator('.lesson-link').first());
	// On to the lab.
	const train = ana.getByRole('button', { name: 'Train', exact: true });
	for (let i = 0; i < 12 && !(await train.isVisible()); i++)
		await press(ana.getByRole('button', { name: 'Next' }));
	await expect(train).toBeVisible();

	// The starting mix: mostly spotted cows.
	await expect(ana.locator('.nutrition')).toContainText('450 of 500 cows have spots.');
	await trainAndWait(ana, /^Train$/);
	const spotted = ana.locator('.subgroup[data-group="spotted"] .subgroup-value');
	const plain = ana.locator('.subgroup[data-group="plain"] .subgroup-value');
	await expect(spotted).toHaveText(/\d+%/);
	const biasedGap = await gap(ana);
	expect(biasedGap).toBeGreaterThanOrEqual(30);
	await expect(ana.locator('.gap')).toContainText('Spotted cows are recognised');
	// The missed plain cows are there to see: "really a cow, guessed horse".
	await press(ana.getByRole('button', { name: /drawings of a Cow guessed as Horse/ }));
	await expect(ana.locator('.drill svg').first()).toBeVisible();
	await expectNoViolations(ana, 'doodle lab results');

	// Draw a cow with a finger: the model's three best guesses appear.
	await drawCow(ana.locator('.drawing-pad'));
	await expect(ana.locator('.guesses li')).toHaveCount(3);
	await expect(ana.locator('.guesses li').first()).toContainText(/(Cow|Horse|Pig|Sheep)\s*\d+%/);
	await press(ana.getByRole('button', { name: /Undo/ }));
	await expect(ana.locator('.drawing-pad canvas')).toHaveAttribute('data-strokes', '6');

	// Fix it: half the cows spotted, and train again.
	await ana.getByLabel(/Cows with spots/).fill('0.5');
	await expect(ana.locator('.nutrition')).toContainText('250 of 500 cows have spots.');
	await trainAndWait(ana, /Train again/);
	const balancedGap = await gap(ana);
	expect(Math.abs(balancedGap)).toBeLessThan(10);
	await expect(plain).toHaveText(/\d+%/);
	const compare = ana.locator('.compare');
	await expect(compare).toContainText('500 cows (90% spotted)');
	await expect(compare).toContainText('500 cows (50% spotted)');

	// The teacher finds the experiment in the class gallery: before and after.
	await teacher.goto(`${path}/gallery`);
	const artifact = teacher.locator('.artifact', { hasText: 'Spotted cows lab' });
	await expect(artifact.locator('[data-run="before"]')).toContainText('90% spotted');
	await expect(artifact.locator('[data-run="after"]')).toContainText('50% spotted');
	await expect(artifact.locator('[data-run="before"]')).toContainText(
		`${Math.round(biasedGap)} points`
	);
	await expectNoViolations(teacher, 'gallery with a doodle experiment');
});
