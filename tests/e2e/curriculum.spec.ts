import { expect, test, type Page } from '@playwright/test';
import { press } from './helpers';
import { swipe, touchDragOnto } from './touch';

const LESSON = '/modules/what-is-ai/3-5';

async function firstLessonPath(page: Page, band: '3-5' | '6-8'): Promise<string> {
	await page.goto(`/modules/what-is-ai/${band}`);
	const href = await page.getByRole('link', { name: 'Start lesson' }).first().getAttribute('href');
	return href!;
}

async function stepInfo(page: Page): Promise<{ current: number; total: number; kind: string }> {
	const text = (await page.locator('.step-count').textContent()) ?? '';
	const match = /Step (\d+) of (\d+)/.exec(text);
	const kind = (await page.locator('.stage').getAttribute('class'))!.match(/step-(\w+)/)![1]!;
	return { current: Number(match![1]), total: Number(match![2]), kind };
}

/** Does what a student does on each kind of step: answer, sort, write. */
async function doStep(page: Page, kind: string, touch: boolean): Promise<void> {
	const stage = page.locator('.stage');
	if (kind === 'quiz') {
		for (const question of await stage.locator('.quiz-question').all()) {
			await press(question.locator('.choice').first());
			await expect(question.getByRole('status')).toBeVisible();
		}
		await expect(stage.locator('.quiz-score')).toContainText(/right|Acertaste/);
	} else if (kind === 'reflect') {
		await stage.locator('textarea').fill('AI learns from examples, so it can be wrong.');
		await press(stage.getByRole('button', { name: 'Save my answer' }));
		await expect(stage.getByText('Saved on this device.')).toBeVisible();
	} else if (kind === 'activity') {
		const cards = stage.locator('.sort-card');
		await expect(cards.first()).toBeVisible();
		let first = true;
		while ((await cards.count()) > 0) {
			const card = cards.first();
			if (touch && first) {
				// The first card is dragged with a finger, the rest are tapped and placed.
				await touchDragOnto(card, stage.locator('[data-bin="ai"] .bin-target'));
				await expect(stage.locator('[data-bin="ai"] [data-placed]')).toHaveCount(1);
				first = false;
			} else {
				await press(card);
				await press(stage.locator('[data-bin="not-ai"] .bin-target'));
			}
		}
		await expect(stage.locator('.result')).toContainText(/of \d+ right/);
		await expect(stage.getByText('Activity complete')).toBeVisible();
	}
}

test.describe('catalogue', () => {
	test('lists modules by grade band and finds them by search', async ({ page }) => {
		await page.goto('/modules');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons and modules');
		await expect(page.getByRole('link', { name: 'What is AI?' })).toBeVisible();

		const bands = page.getByRole('navigation', { name: 'Grade band' });
		// "What is AI?" is written for grades 3-5 and 6-8; "Spotted cows" for all three bands.
		await press(bands.getByRole('link', { name: 'Grades 9-12' }));
		await expect(page).toHaveURL(/band=9-12/);
		await expect(
			page.getByRole('link', { name: 'Spotted cows: how data shapes AI' })
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'What is AI?' })).toHaveCount(0);

		await press(bands.getByRole('link', { name: 'Grades 3-5' }));
		await expect(page).toHaveURL(/band=3-5/);
		await expect(page.getByRole('link', { name: 'What is AI?' })).toBeVisible();

		await page.getByRole('searchbox').fill('spaceships');
		await press(page.getByRole('button', { name: 'Search' }));
		await expect(page.getByText('No module matches.')).toBeVisible();
		await page.getByRole('searchbox').fill('AI');
		await press(page.getByRole('button', { name: 'Search' }));
		await expect(page.getByRole('link', { name: 'What is AI?' })).toBeVisible();
		await page.getByRole('searchbox').fill('spotted');
		await press(page.getByRole('button', { name: 'Search' }));
		await expect(
			page.getByRole('link', { name: 'Spotted cows: how data shapes AI' })
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'What is AI?' })).toHaveCount(0);
	});

	test('a module page shows lessons per band, and bad URLs are 404', async ({ page }) => {
		await page.goto('/modules/what-is-ai');
		await expect(page.getByRole('heading', { name: 'Lessons for grades 3-5' })).toBeVisible();
		expect(await page.getByRole('link', { name: 'Start lesson' }).count()).toBeGreaterThanOrEqual(
			2
		);
		await press(page.getByRole('link', { name: /Grades 6-8/ }));
		await expect(page.getByRole('heading', { name: 'Lessons for grades 6-8' })).toBeVisible();

		for (const path of [
			'/modules/nope',
			'/modules/what-is-ai/9-12',
			'/modules/what-is-ai/x',
			`${LESSON}/nope`,
			'/modules/what-is-ai/1-2/x'
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
		}
	});
});

test.describe('lesson player', () => {
	test('a student walks a whole lesson, and it resumes where they left off', async ({ page }) => {
		const touch = test.info().project.name === 'tablet';
		await page.goto(await firstLessonPath(page, '3-5'));
		await expect(page.locator('.stage')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();

		let { total } = await stepInfo(page);
		expect(total).toBeGreaterThanOrEqual(5);
		const kinds = new Set<string>();

		for (let i = 1; i <= total; i++) {
			const info = await stepInfo(page);
			expect(info.current).toBe(i);
			kinds.add(info.kind);
			await doStep(page, info.kind, touch);

			if (i === 2) {
				// Reload in the middle: the lesson comes back on the same step.
				await page.reload();
				await expect(page.locator('.step-count')).toContainText(`Step 2 of ${total}`);
				await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
			}
			if (i === total) {
				await press(page.getByRole('button', { name: 'Finish lesson' }));
			} else if (touch && info.kind === 'slide') {
				await swipe(page.locator('.stage'), 'next');
			} else if (!touch && i % 2 === 1 && info.kind !== 'reflect') {
				await page.locator('.stage').focus();
				await page.keyboard.press('ArrowRight');
			} else {
				await press(page.getByRole('button', { name: 'Next' }));
			}
			({ total } = i === total ? { total } : await stepInfo(page));
		}
		await expect(page.getByRole('heading', { name: 'Lesson complete!' })).toBeVisible();
		expect([...kinds]).toEqual(expect.arrayContaining(['slide', 'quiz', 'activity', 'reflect']));
		await expect(page.getByRole('link', { name: /Next lesson:/ })).toBeVisible();

		// Every completed step was recorded through the activity contract on this device.
		const recorded = await page.evaluate(() =>
			JSON.parse(localStorage.getItem('dayofai:progress:v1') ?? '[]')
		);
		const types = new Set(recorded.map((e: { event: { type: string } }) => e.event.type));
		expect([...types]).toEqual(
			expect.arrayContaining(['started', 'step-completed', 'answer', 'score', 'artifact'])
		);
		const completed = recorded.filter(
			(e: { event: { type: string } }) => e.event.type === 'step-completed'
		);
		expect(completed).toHaveLength(total);

		await press(page.getByRole('button', { name: 'Start again' }));
		await expect(page.locator('.step-count')).toContainText(`Step 1 of ${total}`);
	});

	test('progress dots jump to a step and back works', async ({ page }) => {
		await page.goto(await firstLessonPath(page, '6-8'));
		const dots = page.getByRole('navigation', { name: 'Lesson steps' }).getByRole('button');
		const count = await dots.count();
		await press(dots.nth(count - 1));
		await expect(page.locator('.step-count')).toContainText(`Step ${count} of ${count}`);
		await expect(dots.nth(count - 1)).toHaveAttribute('aria-current', 'step');
		await press(page.getByRole('button', { name: 'Back' }));
		await expect(page.locator('.step-count')).toContainText(`Step ${count - 1} of ${count}`);
	});
});

test.describe('for the teacher', () => {
	test('presenter mode moves with the keyboard and keeps the notes window in step', async ({
		page,
		context
	}) => {
		const lesson = await firstLessonPath(page, '3-5');
		await page.goto(`${lesson}/present`);
		await expect(page.locator('.site-header')).toHaveCount(0);
		const counter = page.locator('.presenter-bar');
		await expect(counter).toContainText('Step 1 of');
		// Keys pressed before the page's scripts run reach no one, as on a slow classroom laptop.
		await expect(page.locator('.presenter[data-connected]')).toBeVisible();
		const notes = await context.newPage();
		await notes.goto(`${lesson}/notes`);
		await expect(notes.getByRole('heading', { level: 1 })).toContainText('Teacher notes');
		await page.bringToFront();

		await page.keyboard.press('ArrowRight');
		await expect(counter).toContainText('Step 2 of');
		await page.keyboard.press('PageDown');
		await page.keyboard.press('Space');
		await expect(counter).toContainText('Step 4 of');
		await expect(notes.locator('.notes-window')).toContainText('Step 4 of');
		await page.keyboard.press('PageUp');
		await expect(counter).toContainText('Step 3 of');
		await expect(notes.locator('.notes-window')).toContainText('Step 3 of');
		// Teacher notes are on the teacher's screen, never on the projector.
		const noteText = await notes.getByTestId('current-notes').textContent();
		expect(noteText?.trim().length).toBeGreaterThan(0);
		await expect(page.locator('.presenter-stage')).not.toContainText(noteText!.trim().slice(0, 40));

		await notes.bringToFront();
		await notes.keyboard.press('End');
		await expect(notes.locator('.notes-window')).toContainText('End of lesson');
		const total = Number(/of (\d+)/.exec((await counter.textContent())!)?.[1] ?? 0);
		await expect(counter).toContainText(/Step (\d+) of \1/);
		expect(total).toBeGreaterThan(3);
		await page.keyboard.press('Home');
		await expect(counter).toContainText('Step 1 of');
	});

	test('teacher guide and worksheet print with one click', async ({ page }) => {
		const lesson = await firstLessonPath(page, '3-5');
		await page.goto(`${lesson}/guide`);
		for (const heading of [
			'Before the lesson',
			'Timing',
			'Common misconceptions',
			'Differentiation',
			'Unplugged version (no devices)',
			'Answer key'
		]) {
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		}
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => ((window as unknown as { printed: number }).printed += 1);
		});
		await press(page.getByRole('button', { name: /Print/ }));
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.getByRole('button', { name: /Print/ })).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Timing' })).toBeVisible();

		await page.emulateMedia({ media: 'screen' });
		await page.goto(`${lesson}/worksheet`);
		await expect(page.getByRole('heading', { name: 'Sort it: does it use AI?' })).toBeVisible();
		expect(await page.locator('.sort-table tbody tr').count()).toBeGreaterThanOrEqual(6);
		await expect(page.getByRole('heading', { name: 'Words to know' })).toBeVisible();
	});
});

test.describe('shared activity links', () => {
	test('a preset in the link sets up the activity; a damaged link is refused with 400', async ({
		page
	}) => {
		const preset = Buffer.from(
			JSON.stringify({ items: ['calculator', 'spam-filter', 'bird-camera'], reveal: 'end' })
		).toString('base64url');
		await page.goto(`/activities/ai-or-not?preset=${preset}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI or not?');
		await expect(page.locator('.sort-card')).toHaveCount(3);
		for (let i = 0; i < 3; i++) {
			await press(page.locator('.sort-card').first());
			await press(page.locator('[data-bin="ai"] .bin-target'));
		}
		await expect(page.locator('.verdict')).toHaveCount(0);
		await press(page.getByRole('button', { name: 'Check my answers' }));
		await expect(page.locator('.verdict')).toHaveCount(3);
		await expect(page.locator('.result')).toContainText('2 of 3 right');

		const bad = await page.goto('/activities/ai-or-not?preset=not-a-preset');
		expect(bad?.status()).toBe(400);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'This activity link is damaged or out of date. Ask your teacher for a new link.'
		);
		expect((await page.goto('/activities/nope'))?.status()).toBe(404);
	});

	test('a teacher sets up the activity and gets a link to hand out', async ({ page }) => {
		test.setTimeout(60_000);
		await page.goto('/activities/ai-or-not');
		// The activity appears once the page has hydrated; a click before that could be undone.
		await expect(page.locator('.sort-card').first()).toBeVisible();
		await press(page.getByText('Set up this activity for your class'));
		const items = page.locator('.setup-items input[type="checkbox"]');
		await expect(items.first()).toBeVisible();
		await items.evaluateAll((boxes) =>
			boxes.forEach((box) => ((box as HTMLInputElement).checked = false))
		);
		await expect(page.locator('.setup-items input:checked')).toHaveCount(0);
		await page.getByLabel('Pocket calculator').check();
		await page.getByLabel('Spam filter').check();
		await press(page.getByRole('button', { name: 'Make the link' }));
		await expect(page.getByRole('alert')).toHaveText('Choose at least 3 things to sort.');
		await expect(page).not.toHaveURL(/preset=/);

		await page.getByLabel('Pocket calculator').check();
		await page.getByLabel('Spam filter').check();
		await page.getByLabel('Bird feeder camera').check();
		await page.getByLabel('When everything is sorted and checked').check();
		await press(page.getByRole('button', { name: 'Make the link' }));
		await expect(page).toHaveURL(/preset=[A-Za-z0-9_-]+/);
		await expect(page.locator('.sort-card')).toHaveCount(3);
		await press(page.getByText('Share this activity'));
		const link = await page.getByRole('textbox', { name: 'Share this activity' }).inputValue();
		expect(link).toBe(page.url());
	});
});
