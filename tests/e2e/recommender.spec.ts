import { expect, test, type Page } from '@playwright/test';
import { press, studentJoins, submitAndWait, teacherWithClass } from './helpers';

const nextStep = async (student: Page) => {
	const before = await student.locator('.step-count').textContent();
	await press(student.locator('.player-controls').getByRole('button', { name: 'Next' }));
	await expect(student.locator('.step-count')).not.toHaveText(before!);
};
/** The 6-8 lesson's steps with the activity: each opens on its own tab. */
const STEPS = { Shop: 2, Design: 5, Worksheet: 6, Vote: 8 } as const;
const goToStep = async (student: Page, tab: keyof typeof STEPS) => {
	const at = async () =>
		Number(/Step (\d+)/.exec((await student.locator('.step-count').innerText()) ?? '')?.[1]);
	while ((await at()) < STEPS[tab]) await nextStep(student);
	await expect(student.getByRole('tab', { name: tab, selected: true })).toBeVisible();
};
const measure = (student: Page, metric: string, design: 'yours' | 'other') =>
	student.locator(
		`[data-testid="measures"] tr[data-metric="${metric}"] td[data-design="${design}"]`
	);

test('on a tablet, a student likes items, redesigns the shop’s recommender and sees its measures move, fills the ethical matrix and saves; a classmate votes for it; the teacher compares the designs', async ({
	browser
}) => {
	test.setTimeout(150_000);
	const { teacher, path, code } = await teacherWithClass(browser, 'Recommenders 7C');
	await teacher.getByLabel('Module').selectOption('fair-recommender|6-8');
	await submitAndWait(teacher, teacher.getByRole('button', { name: 'Assign' }), path);

	const student = await studentJoins(browser, code, 'Noa');
	await press(student.locator('.lesson-link').first());
	await goToStep(student, 'Shop');
	// Likes: shared with the class a moment after the taps.
	await press(student.locator('[data-item="tee-red-star"]').getByRole('button', { name: /^Like/ }));
	await press(
		student.locator('[data-item="tee-pink-heart"]').getByRole('button', { name: /^Like/ })
	);
	await press(
		student.locator('[data-item="tee-pink-heart"]').getByRole('button', { name: 'Wear' })
	);
	await expect(student.getByTestId('like-counts')).toHaveText('2 liked, 0 not liked');
	await expect(student.getByTestId('avatar-wearing')).toHaveText('Wearing: Pink heart T-shirt');
	await expect(
		student.getByRole('status').filter({ hasText: 'shared with your class' })
	).toBeVisible();

	// The design: it starts as the original shop; the measures move as the student changes it.
	await goToStep(student, 'Design');
	await expect(measure(student, 'stereotype', 'yours')).toHaveText('64%');
	await expect(measure(student, 'stereotype', 'other')).toHaveText('64%');
	await expect(measure(student, 'coverage', 'yours')).toHaveText('36%');
	await student.getByLabel('Show everyone every item').check();
	await student.locator('input[data-signal="popularity"]').fill('0');
	await student.locator('input[data-signal="styles"]').fill('2');
	await student.locator('input[data-signal="likes"]').fill('1');
	const percent = async (metric: string) =>
		Number((await measure(student, metric, 'yours').innerText()).replace('%', ''));
	await expect.poll(() => percent('stereotype')).toBeLessThan(10);
	const coverage = Number(
		(await measure(student, 'coverage', 'yours').innerText()).replace('%', '')
	);
	expect(coverage).toBeGreaterThan(60);
	const relevance = Number(
		(await measure(student, 'relevance', 'yours').innerText()).replace('%', '')
	);
	expect(relevance).toBeGreaterThan(80);
	// The comparison stays the original shop's.
	await expect(measure(student, 'stereotype', 'other')).toHaveText('64%');
	// Every pick says why, and whether the player's tastes say they would like it.
	await press(student.locator('label.chip').filter({ hasText: 'Kenji' }));
	await expect(student.getByTestId('player-about')).toContainText('Kenji: Boy');
	await expect(student.getByTestId('list-yours').locator('li')).toHaveCount(6);
	await expect(student.getByTestId('list-yours').locator('li').first()).toContainText(
		'because you like'
	);
	await expect(student.getByTestId('list-other').locator('li').first()).toContainText(
		'popular with boys'
	);

	// The worksheet (the lesson's next step keeps the design): the matrix, the name, saved.
	const stereotype = await percent('stereotype');
	await goToStep(student, 'Worksheet');
	await expect(student.getByTestId('worksheet-measures')).toContainText(
		`Stereotype rate: ${stereotype}%`
	);
	await student.getByLabel('Players and Fairness', { exact: true }).selectOption('helps');
	await student.getByLabel('Players and Fairness: Why (optional)').fill('Everyone sees every item');
	await student.getByLabel('The company and Profit', { exact: true }).selectOption('harms');
	await press(student.getByRole('button', { name: 'Save my design' }));
	await expect(student.getByRole('alert')).toHaveText('Give your design a name first.');
	await student.getByLabel('Your design’s name').fill('Open shop');
	await press(student.getByRole('button', { name: 'Save my design' }));
	await expect(student.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
		'“Open shop”'
	);

	// A classmate's tablet: the class's designs, and one vote.
	const classmate = await studentJoins(browser, code, 'Eli');
	await press(classmate.locator('.lesson-link').first());
	await goToStep(classmate, 'Vote');
	const card = classmate
		.getByTestId('class-designs')
		.locator('li')
		.filter({ hasText: 'Open shop' });
	await expect(card).toContainText(`Stereotype rate: ${stereotype}%`);
	await expect(card).toContainText('Votes: 0');
	await press(card.getByRole('button', { name: 'Vote for Open shop' }));
	await expect(card).toContainText('Votes: 1');
	await expect(card.getByRole('button', { name: 'Your vote' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	// The teacher: the designs side by side with their votes, the card in the gallery.
	await teacher.goto(path);
	const votes = teacher.getByTestId('recommender-votes');
	const row = votes.locator('tbody tr').filter({ hasText: 'Open shop' });
	await expect(row).toContainText('by Noa');
	await expect(row).toContainText('Leading the vote');
	await expect(row.locator('td').first()).toHaveText(`${stereotype}%`);
	await expect(row.locator('td').last()).toHaveText('1');
	await teacher.goto(`${path}/gallery`);
	const saved = teacher.locator('.design-card').filter({ hasText: 'Open shop' });
	await expect(saved).toContainText('Show everyone every item');
	await expect(saved.locator('[data-metric="stereotype"] dd')).toHaveText(`${stereotype}%`);
	await expect(saved).toContainText('2 of 16 boxes filled');
	// Starting the vote again clears it.
	await teacher.goto(path);
	await submitAndWait(teacher, votes.getByRole('button', { name: 'Start the vote again' }), path);
	await expect(
		votes.locator('tbody tr').filter({ hasText: 'Open shop' }).locator('td').last()
	).toHaveText('0');
});

test('the unplugged lesson’s paper cards: every item with who it was marketed to on the fold, and every persona, in the reader’s language', async ({
	page
}) => {
	await page.goto('/activities/recommender');
	await press(page.getByRole('link', { name: 'Print the shop as paper cards' }));
	await expect(page).toHaveURL(/\/activities\/recommender\/cards$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The avatar shop on paper');
	await expect(page.locator('[data-item]')).toHaveCount(85);
	await expect(page.locator('[data-persona]')).toHaveCount(14);
	const star = page.locator('[data-item="tee-red-star"]');
	await expect(star).toContainText('Red star T-shirt');
	await expect(star.getByTestId('card-marketing')).toContainText('Marketed to boys');
	await expect(page.locator('[data-persona="kenji"]')).toContainText('Gender: Boy');
	await press(page.getByRole('button', { name: 'Español' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'La tienda de avatares en papel'
	);
	await expect(star).toContainText('Camiseta roja con estrella');
	await expect(star.getByTestId('card-marketing')).toContainText('Dirigido a chicos');
});
