import { expect, test, type Page } from '@playwright/test';
import {
	expectNoViolations,
	press,
	studentJoins,
	submitAndWait,
	teacherWithClass
} from './helpers';
import { drawCow, openLab, openLabStep, pressInView } from './doodle';

async function trainAndWait(student: Page, button: RegExp) {
	await openLabStep(student, 'Train');
	await press(student.getByRole('button', { name: button }));
	await expect(student.getByRole('button', { name: 'Stop training' })).toBeVisible();
	await expect(student.locator('.doodle-lab .status')).toContainText('Trained and tested in', {
		timeout: 90_000
	});
}

const gap = async (student: Page) => Number(await student.locator('.gap').getAttribute('data-gap'));

test('a student trains on real drawings with mostly spotted cows, sees plain cows missed, tries both fixes, and the teacher sees the experiment', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Cow detectives');
	await teacher.getByLabel('Module').selectOption('spotted-cows|3-5');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);

	const ana = await studentJoins(browser, code, 'Ana');
	await openLab(ana);

	// The starting mix: real drawings, mostly spotted cows.
	await expect(ana.getByLabel('Real Quick, Draw! drawings')).toBeChecked();
	await expect(ana.locator('.nutrition')).toContainText('540 of 600 cows have spots.');
	await trainAndWait(ana, /^Train$/);
	const spotted = ana.locator('.subgroup[data-group="spotted"] .subgroup-value');
	const plain = ana.locator('.subgroup[data-group="plain"] .subgroup-value');
	await expect(spotted).toHaveText(/\d+%/);
	// The whole held-out test: 327 spotted and 211 plain cows the model never saw.
	await expect(ana.locator('.subgroup[data-group="spotted"]')).toContainText('of 327 recognised');
	await expect(ana.locator('.subgroup[data-group="plain"]')).toContainText('of 211 recognised');
	const biasedGap = await gap(ana);
	expect(biasedGap).toBeGreaterThanOrEqual(30);
	await expect(ana.locator('.gap')).toContainText('Spotted cows are recognised');
	// The missed plain cows are there to see: "really a cow, guessed horse".
	await press(ana.getByRole('button', { name: /drawings of a Cow guessed as Horse/ }));
	await expect(ana.locator('.drill svg').first()).toBeVisible();
	await expectNoViolations(ana, 'doodle lab results');

	// Draw a cow with a finger: the model's three best guesses appear.
	await openLabStep(ana, 'Draw a cow');
	const drawPanel = ana.locator('.lab-panel', { hasText: 'Draw a cow for your model' });
	await drawCow(drawPanel.locator('.drawing-pad'));
	await expect(ana.locator('.guesses li')).toHaveCount(3);
	await expect(ana.locator('.guesses li').first()).toContainText(/(Cow|Horse|Pig|Sheep)\s*\d+%/);
	await pressInView(drawPanel.getByRole('button', { name: /Undo/ }));
	await expect(drawPanel.locator('canvas')).toHaveAttribute('data-strokes', '6');

	// First fix: half the cows plain, but the same 60 plain cows over and over.
	await openLabStep(ana, 'Training data');
	await ana.getByLabel(/Cows with spots/).fill('0.5');
	await press(ana.getByLabel('The same 60, repeated'));
	await expect(ana.locator('.nutrition')).toContainText('300 of 600 cows have spots.');
	await expect(ana.getByTestId('different-plain')).toHaveText('only 60 different drawings');
	await trainAndWait(ana, /Train again/);
	const sameGap = await gap(ana);
	expect(sameGap).toBeGreaterThanOrEqual(25);
	// Before and after say the plain cows were the same few, not just their share.
	await expect(ana.locator('.compare')).toContainText('plain cows: only 60 different drawings');

	// Second fix: 300 different plain cows. Much better, and still not equal.
	await openLabStep(ana, 'Training data');
	await press(ana.getByLabel('All different'));
	await expect(ana.getByTestId('different-plain')).toHaveCount(0);
	await trainAndWait(ana, /Train again/);
	const differentGap = await gap(ana);
	expect(differentGap).toBeLessThanOrEqual(sameGap - 10);
	await expect(plain).toHaveText(/\d+%/);
	const compare = ana.locator('.compare');
	await expect(compare).toContainText('600 cows (90% spotted)');
	await expect(compare).toContainText('600 cows (50% spotted)');

	// The teacher's grid: the lab step done, with the latest model's score on the whole test.
	await press(teacher.getByRole('link', { name: 'Progress' }));
	const row = teacher.locator('tr[data-student="Ana"]');
	await expect(row.locator('.cell-done')).not.toHaveCount(0);
	await expect(row.locator('.score')).toContainText('/1438');
	// The teacher finds the experiment in the class gallery: before and after.
	await teacher.goto(`${path}/gallery`);
	const artifact = teacher.locator('.artifact', { hasText: 'Spotted cows lab' });
	await expect(artifact.locator('[data-run="before"]')).toContainText('90% spotted');
	await expect(artifact.locator('[data-run="after"]')).toContainText('50% spotted');
	await expect(artifact.locator('[data-run="before"]')).toContainText(
		`Spotted cows: right ${Math.round(biasedGap)} more times in every 100`
	);
	await expectNoViolations(teacher, 'gallery with a doodle experiment');
});

test('students pool drawings, the class labels a cow its drawer was unsure of, and the teacher moderates', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Data makers');
	await teacher.getByLabel('Module').selectOption('spotted-cows|6-8');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);

	// Ana draws a cow and is not sure it has spots.
	const ana = await studentJoins(browser, code, 'Ana');
	await openLab(ana);
	await openLabStep(ana, 'Class drawings');
	const anaPanel = ana.locator('.lab-panel', { hasText: 'Draw for your class’s dataset' });
	await drawCow(anaPanel.locator('.drawing-pad'));
	await pressInView(anaPanel.locator('.choice-chip', { hasText: 'Not sure' }));
	await pressInView(anaPanel.getByRole('button', { name: 'Add to our class data' }));
	await expect(anaPanel.locator('.class-message')).toHaveText('Added! Your class has 1 drawings.');
	await expect(anaPanel.locator('.drawing-pad canvas')).toHaveAttribute('data-strokes', '0');
	await expect(anaPanel.getByTestId('label-round-done')).toBeVisible();

	// Ben labels it "no spots", then adds a horse.
	const ben = await studentJoins(browser, code, 'Ben');
	await openLab(ben);
	await openLabStep(ben, 'Class drawings');
	const benPanel = ben.locator('.lab-panel', { hasText: 'Draw for your class’s dataset' });
	await expect(benPanel.locator('.label-card svg')).toBeVisible();
	await expectNoViolations(ben, 'class dataset panel');
	await pressInView(benPanel.getByRole('button', { name: 'No spots' }));
	await expect(benPanel.getByTestId('label-round-done')).toBeVisible();
	await drawCow(benPanel.locator('.drawing-pad'));
	await pressInView(benPanel.locator('.choice-chip', { hasText: 'Horse' }));
	await expect(benPanel.getByText('Does your cow have spots?')).toHaveCount(0);
	await pressInView(benPanel.getByRole('button', { name: 'Add to our class data' }));
	await expect(benPanel.locator('.class-message')).toHaveText('Added! Your class has 2 drawings.');
	await expect(ben.getByText('Your class has drawn 2 drawings (1 by you).')).toBeVisible();
	// Both go into Ben's training data, Ana's cow as a plain cow.
	await expect(ben.getByLabel('Add our class’s drawings (2)')).toBeChecked();
	await expect(ben.locator('.nutrition')).toContainText('From your class: 2');
	await expect(ben.locator('.nutrition')).toContainText('540 of 601 cows have spots.');
	await trainAndWait(ben, /^Train$/);
	await expect(ben.locator('.subgroup[data-group="plain"] .subgroup-value')).toHaveText(/\d+%/);

	// The teacher sees both, Ana's cow labelled by the class; hides it; then clears everything.
	await teacher.goto(`${path}/doodles`);
	await expect(teacher.getByTestId('doodle-counts')).toHaveText('2 in use, 0 hidden');
	const anaCow = teacher.locator('.doodle-card', { hasText: 'Ana' });
	await expect(anaCow).toContainText('Plain cows');
	await expect(anaCow).toContainText('class votes: 0 spots, 1 no spots');
	await press(anaCow.getByRole('button', { name: 'Hide' }));
	await expect(teacher.getByTestId('doodle-counts')).toHaveText('1 in use, 1 hidden');
	await expectNoViolations(teacher, 'class drawings with a hidden one');
	await ben.reload();
	await openLabStep(ben, 'Class drawings');
	await expect(ben.getByText('Your class has drawn 1 drawings (1 by you).')).toBeVisible();

	await press(teacher.getByRole('button', { name: 'Remove all drawings' }));
	await expect(teacher.getByRole('alert')).toHaveText('Tick the box to confirm first.');
	await press(teacher.getByText('Yes, remove all 2 drawings'));
	await press(teacher.getByRole('button', { name: 'Remove all drawings' }));
	await expect(teacher.getByRole('status')).toHaveText('2 drawings removed.');
	await expect(teacher.getByText('No drawings yet.')).toBeVisible();
});

test('the lab starts on real Quick, Draw! drawings, credits them, and offers its own drawings as a choice', async ({
	page
}) => {
	await page.goto('/activities/doodle-lab');
	await expect(page.getByLabel('Real Quick, Draw! drawings')).toBeChecked();
	await expect(page.getByTestId('quickdraw-credit')).toContainText('CC BY 4.0');
	await expect(page.locator('.nutrition')).toContainText('540 of 600 cows have spots.');
	// The gallery shows real drawings: the strokes people drew.
	await expect(page.locator('.lab-samples svg')).not.toHaveCount(0);
	await press(page.getByLabel('Drawings the app makes'));
	await expect(page.getByTestId('quickdraw-credit')).toHaveCount(0);
	await expect(page.locator('.nutrition')).toContainText('450 of 500 cows have spots.');
	await trainAndWait(page, /^Train$/);
	// The lab's own drawings are tested on its own held-out drawings: 150 of each group.
	await expect(page.locator('.subgroup[data-group="spotted"]')).toContainText('of 150 recognised');
	await openLabStep(page, 'Training data');
	await press(page.getByLabel('Real Quick, Draw! drawings'));
	await expect(page.getByTestId('quickdraw-credit')).toContainText('CC BY 4.0');
	await expect(page.locator('.nutrition')).toContainText('540 of 600 cows have spots.');
});
