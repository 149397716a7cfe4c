import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { press } from './helpers';
import { drawCow, openLabStep, pressInView } from './doodle';

/**
 * The spotted-cows lab as a 10-year-old meets it on a school tablet: panels in the order the
 * instructions give, a step that fits the screen, words a child understands, guesses that follow
 * the new model, training that survives a Wi-Fi drop, and a clean console without real data.
 */
const LESSON = '/modules/spotted-cows/3-5/the-spotted-cow-mystery';
/** One iPad screen in portrait (810 × 1080). */
const SCREEN = 1080;

/** A visitor opens the lesson and steps to the lab. */
async function openLabAsVisitor(page: Page, base = '') {
	await page.goto(base + LESSON);
	await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
	for (let i = 0; i < 12 && (await page.locator('.activity-frame').count()) === 0; i++) {
		const before = await page.locator('.step-count').textContent();
		await press(page.getByRole('button', { name: 'Next' }));
		await expect(page.locator('.step-count')).not.toHaveText(before!);
	}
	await expect(page.locator('.doodle-lab')).toBeVisible();
}

async function trainAndWait(page: Page) {
	await openLabStep(page, 'Train');
	await pressInView(page.getByRole('button', { name: /^Train$|^Train again/ }));
	await expect(page.locator('.doodle-lab .status')).toContainText('Trained and tested in', {
		timeout: 90_000
	});
}

test('the lab’s panels follow its instructions, in numbered steps that each fit on one tablet screen', async ({
	page
}) => {
	test.setTimeout(150_000);
	await openLabAsVisitor(page);
	const heights: number[] = [];
	const measure = async () =>
		heights.push(
			await page.locator('.doodle-lab').evaluate((lab) => (lab as HTMLElement).offsetHeight)
		);
	await measure();
	console.log(`lab step height on opening: ${heights[0]}px`);
	const steps = page.locator('.lab-steps button');
	// The instructions' order: the data first, then training, results, before and after, drawing.
	await expect(steps).toHaveText([
		/^1\s*Training data$/,
		/^2\s*Train$/,
		/^3\s*Results$/,
		/^4\s*Before and after$/,
		/^5\s*Draw a cow$/,
		/^6\s*The AI draws$/
	]);
	// The first thing on screen is step 1, not a drawing pad.
	const visible = page.locator('.doodle-lab section.lab-panel:visible');
	await expect(visible).toHaveCount(1);
	await expect(visible.locator('h3')).toHaveText('1. Choose the training data');
	await expect(visible.locator('.drawing-pad')).toHaveCount(0);

	await trainAndWait(page);
	// Training ends on its results.
	await expect(visible.locator('h3')).toHaveText(/^3\. Test results \(model 1\)/);
	await measure();
	for (const name of ['Draw a cow', 'The AI draws', 'Train']) {
		await openLabStep(page, name);
		await measure();
	}
	console.log(`lab step heights at ${page.viewportSize()!.width}px: ${heights.join(', ')}`);
	for (const height of heights) expect(height).toBeLessThanOrEqual(SCREEN);
});

test('students read what the lab runs on in their own words, and the technical name only in the details', async ({
	page
}) => {
	await openLabAsVisitor(page);
	await openLabStep(page, 'Train');
	const where = page.getByTestId('runs-on');
	await expect(where).toHaveText('Training right here, on this device’s own processor.');
	await expect(page.locator('.doodle-lab')).not.toContainText('Running on');
	// The teacher's detail stays one tap away, closed.
	const details = page.locator('.doodle-lab details.tech');
	await expect(details).not.toHaveAttribute('open');
	await expect(details).toContainText('TensorFlow.js backend: wasm');
});

test('after training again, the drawing still on the pad is guessed again by the new model', async ({
	page
}) => {
	test.setTimeout(240_000);
	await openLabAsVisitor(page);
	await trainAndWait(page);
	await openLabStep(page, 'Draw a cow');
	const pad = page.locator('.lab-panel', { hasText: 'Draw a cow for your model' });
	await drawCow(pad.locator('.drawing-pad'));
	const guesses = page.locator('.guesses');
	await expect(guesses.locator('li')).toHaveCount(3);

	await openLabStep(page, 'Training data');
	await page.getByLabel(/Cows with spots/).fill('0.5');
	await trainAndWait(page);
	// The same drawing, the fairer model's guesses: no need to draw it again.
	await openLabStep(page, 'Draw a cow');
	await expect(pad.locator('canvas')).toHaveAttribute('data-strokes', '7');
	await expect(guesses.locator('li')).toHaveCount(3);
	await expect(guesses.locator('li').first()).toContainText(/(Cow|Horse|Pig|Sheep)\s*\d+%/);
	// Made by the second model, not left over from the first.
	await expect(guesses).toHaveAttribute('data-model', '2');
});

test('a tablet that lost the Wi-Fi before the lab step still trains: the trainer is kept with the app', async ({
	page,
	context
}) => {
	test.setTimeout(150_000);
	await page.goto(LESSON);
	// The offline helper is in charge (the app's code, the trainer included, is on the tablet).
	await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
	await context.setOffline(true);
	await page.waitForFunction(() => !navigator.onLine);
	for (let i = 0; i < 12 && (await page.locator('.activity-frame').count()) === 0; i++) {
		const before = await page.locator('.step-count').textContent();
		await press(page.getByRole('button', { name: 'Next' }));
		await expect(page.locator('.step-count')).not.toHaveText(before!);
	}
	// The real drawings and the feature extractor are kept with the app too.
	await expect(page.getByLabel('Real Quick, Draw! drawings')).toBeChecked();
	await trainAndWait(page);
	await expect(page.locator('.subgroup[data-group="plain"] .subgroup-value')).toHaveText(/\d+%/);
	await expect(page.locator('.subgroup[data-group="plain"]')).toContainText('of 211 recognised');
	await context.setOffline(false);
});

test('when the trainer cannot start, the lab says what to do and the next Train tap starts it again', async ({
	browser
}) => {
	test.setTimeout(150_000);
	// No offline helper here, so the page's own requests can be cut.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	let blocked = 0;
	await context.route(/training\.worker/, (route) => {
		blocked++;
		return route.abort('internetdisconnected');
	});
	await openLabAsVisitor(page);
	await openLabStep(page, 'Train');
	await expect(page.locator('.doodle-lab .status')).toHaveText(
		'The trainer could not start: the connection may be down. Check the Wi-Fi, then tap Train.'
	);
	expect(blocked).toBeGreaterThan(0);
	await context.unrouteAll();
	await trainAndWait(page);
	await expect(page.getByTestId('runs-on')).toHaveText(
		'Training right here, on this device’s own processor.'
	);
	await context.close();
});

test.describe('on a server without real Quick, Draw! data', () => {
	let server: ChildProcess | undefined;
	let base = '';

	test.beforeAll(async () => {
		const info = test.info();
		const port = Number(process.env.E2E_PORT ?? 4173) + 500 + info.parallelIndex * 10;
		const db = `test-results/no-real-data-${info.parallelIndex}.db`;
		for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
		const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_URL: db };
		env.SEED_DEMO = '0';
		for (const name of ['DOODLE_DATA_DIR', 'DOODLE_SPOT_LABELS', 'DOODLE_DATA_URL'])
			delete env[name];
		// The app the other tests run (built by their server), on a second port, without the data.
		server = spawn(process.execPath, ['build/index.js'], { env, stdio: 'ignore' });
		base = `http://localhost:${port}`;
		await expect
			.poll(
				async () => {
					try {
						return (await fetch(base + '/')).status;
					} catch {
						return 0;
					}
				},
				{ timeout: 60_000 }
			)
			.toBe(200);
	});

	test.afterAll(() => {
		server?.kill();
	});

	test('the lab loads with no error in the console and still trains on the real drawings it ships', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		const answers: number[] = [];
		page.on('response', (response) => {
			if (response.url().includes('/api/doodles/quickdraw')) answers.push(response.status());
		});
		await openLabAsVisitor(page, base);
		await page.waitForLoadState('networkidle');
		// The server says "none" with a 200: nothing fails, nothing is logged.
		expect(answers.every((status) => status === 200)).toBe(true);
		expect(errors).toEqual([]);
		await expect(page.getByLabel('Real Quick, Draw! drawings')).toBeChecked();
		await expect(page.locator('.nutrition')).toContainText('540 of 600 cows have spots.');
		await openLabStep(page, 'Train');
		await expect(page.getByTestId('runs-on')).toBeVisible();
	});
});
