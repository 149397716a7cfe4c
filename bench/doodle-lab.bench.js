// Benchmark: the spotted-cows lab in headless Chromium on this machine, as a student uses it.
// Starts the built app on loopback, opens the lab with a balanced mix of 2,000 built-in drawings
// and, for each browser set-up (GPU off; WebGL where the browser offers it):
//   1. the JavaScript the page loads before the model library, and the model library itself
//      (the training worker with TensorFlow.js, and its WebAssembly file),
//   2. time from "Train" to a trained model, and to a tested one, and the test accuracy (3 runs),
//   3. the longest main-thread task while training (Long Tasks API: tasks of 50 ms and more),
//   4. time per live prediction (a mouse stroke, then rasterise, worker round trip, top three),
//   5. in the same browser, a TensorFlow.js convolutional baseline (the digit tutorial's network,
//      model.fit on the main thread, default backend) on the same drawings, until 90 % accuracy.
// Usage: node bench/doodle-lab.bench.js [--runs 3] [--port 4392]
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { machine, percentile, startServer, writeRecord, sharedDataDir } from './lib.js';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		port: { type: 'string', default: '4392' }
	}
});
const RUNS = Number(values.runs);
const TARGET_ACCURACY = 90;
const preset = Buffer.from(
	JSON.stringify({ start: 'balanced', metrics: 'accuracy', epochs: 12 })
).toString('base64url');

// Real Quick, Draw! drawings for the last set-up, when the workplace has them.
const shared = sharedDataDir('quickdraw');
if (shared) {
	process.env.DOODLE_DATA_DIR = resolve(shared, 'quickdraw', 'simplified-5k-json');
	process.env.DOODLE_SPOT_LABELS = resolve(shared, 'labels', 'cow-spots-0-239.jsonl');
}

const SETUPS = [
	{ name: 'GPU off (WebAssembly)', backend: 'wasm', args: ['--disable-gpu'] },
	{ name: 'GPU off (plain JavaScript CPU)', backend: 'cpu', args: ['--disable-gpu'] },
	{
		name: 'WebGL (SwiftShader: this machine has no GPU)',
		backend: 'webgl',
		args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']
	},
	...(shared
		? [
				{
					name: 'GPU off (WebAssembly), real Quick, Draw! drawings, largest mix',
					backend: 'wasm',
					args: ['--disable-gpu'],
					real: true
				}
			]
		: [])
];

const baseline = (
	await build({
		entryPoints: ['bench/doodle-baseline.entry.ts'],
		bundle: true,
		format: 'iife',
		write: false,
		minify: true,
		logLevel: 'warning'
	})
).outputFiles[0].text;

const round = (value, digits = 1) => (value === null ? null : +value.toFixed(digits));

async function measure(base, setup) {
	const browser = await chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: [
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			...setup.args
		]
	});
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		// Every long task from the start, with its time, to find those during training.
		await context.addInitScript(() => {
			window.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		const loaded = [];
		context.on('requestfinished', async (request) => {
			const response = await request.response();
			const sizes = await request.sizes().catch(() => null);
			const body = await response?.body().catch(() => null);
			loaded.push({
				url: new URL(request.url()).pathname,
				type: request.resourceType(),
				transferred: sizes ? sizes.responseBodySize : 0,
				bytes: body ? body.length : 0
			});
		});
		const page = await context.newPage();
		const url = `${base}/activities/doodle-lab?preset=${preset}&backend=${setup.backend}`;
		await page.goto(url);
		// The Train button waits in the lab's step 2; the backend's name in its technical details.
		const train = page.getByRole('button', { name: /^Train/ });
		await train.waitFor({ state: 'attached' });
		const backendLine = page.locator('.doodle-lab details.tech');
		await page.waitForFunction(
			() =>
				/backend: (wasm|webgl|cpu)/.test(
					document.querySelector('.doodle-lab details.tech')?.textContent ?? ''
				),
			null,
			{ timeout: 60_000 }
		);
		const backend = /backend: (\w+)/.exec(await backendLine.textContent())[1];
		await page.waitForLoadState('networkidle');

		const isModel = (r) =>
			r.url.includes('training.worker') || r.url.endsWith('.wasm') || r.url.includes('tfjs');
		const isScript = (r) => r.url.endsWith('.js') || r.type === 'script';
		const sum = (list, field) => list.reduce((total, r) => total + r[field], 0);
		const pageScripts = loaded.filter((r) => isScript(r) && !isModel(r));
		const modelFiles = loaded.filter(isModel);

		if (setup.real) {
			// Every labelled cow (half spotted) and every real horse, pig and sheep the sliders allow.
			await page.getByLabel('Real Quick, Draw! drawings').check();
			for (const [label, value] of [
				[/^Cows with spots/, '0.5'],
				[/^Cows \d/, '1000'],
				[/^Horses/, '1000'],
				[/^Pigs/, '1000'],
				[/^Sheep/, '1000']
			])
				await page.getByRole('slider', { name: label }).fill(value);
		}
		const drawings = Number(
			/(\d+) drawings/.exec(await page.locator('.label-total').textContent())[1]
		);

		await page.locator('.lab-steps button', { hasText: 'Train the model' }).click();
		const runs = [];
		for (let run = 1; run <= RUNS; run++) {
			// Training ends on the results: back to the Train step for the next run.
			if (run > 1) await page.locator('.lab-steps button', { hasText: 'Train the model' }).click();
			await train.click();
			await page
				.getByRole('status')
				.getByText(/Trained and tested in/)
				.waitFor({ state: 'attached', timeout: 180_000 });
			const figures = await page.evaluate(() => {
				const last = (name) => performance.getEntriesByName(name).at(-1);
				const trained = last('doodle-train');
				const tested = last('doodle-train-and-test');
				const during = window.__longTasks.filter(
					(task) =>
						task.start >= tested.startTime && task.start <= tested.startTime + tested.duration
				);
				const overall = [...document.querySelectorAll('.per-animal tr')].at(-1)?.textContent ?? '';
				return {
					train_ms: trained.duration,
					train_and_test_ms: tested.duration,
					longest_task_ms: during.length ? Math.max(...during.map((t) => t.duration)) : null,
					long_tasks: during.length,
					accuracy: Number(/(\d+)%/.exec(overall)?.[1] ?? NaN)
				};
			});
			runs.push(figures);
			console.log(`  ${setup.name}, run ${run}:`, figures);
		}

		// Live predictions: strokes drawn with the mouse, one prediction after each.
		await page.locator('.lab-steps button', { hasText: 'Draw a cow for your model' }).click();
		const canvas = page
			.locator('.lab-panel', { hasText: 'Draw a cow for your model' })
			.locator('.drawing-pad canvas');
		await canvas.scrollIntoViewIfNeeded();
		const box = await canvas.boundingBox();
		for (let i = 0; i < 12; i++) {
			const y = box.y + box.height * (0.2 + 0.05 * i);
			await page.mouse.move(box.x + box.width * 0.2, y);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width * 0.8, y + 10, { steps: 8 });
			await page.mouse.up();
			await page.waitForFunction(
				(n) => performance.getEntriesByName('doodle-guess').length >= n,
				i + 1
			);
		}
		const durations = (name) =>
			page.evaluate(
				(entry) =>
					performance
						.getEntriesByName(entry)
						.map((e) => e.duration)
						.sort((a, b) => a - b),
				name
			);
		const guesses = await durations('doodle-guess');
		const modelTimes = await durations('doodle-predict');

		// The baseline (on the built-in drawings), in a page of its own in the same browser.
		const cnn = setup.real ? null : await baselineIn(context);
		const median = (field) =>
			percentile(
				runs.map((r) => r[field]).sort((a, b) => a - b),
				50
			);
		return {
			setup: setup.name,
			backend,
			drawings,
			javascript: {
				page_scripts: pageScripts.length,
				page_kb_transferred: round(sum(pageScripts, 'transferred') / 1024),
				page_kb: round(sum(pageScripts, 'bytes') / 1024),
				model_files: modelFiles.map((r) => r.url.split('/').at(-1)),
				model_kb_transferred: round(sum(modelFiles, 'transferred') / 1024),
				model_kb: round(sum(modelFiles, 'bytes') / 1024)
			},
			runs: runs.map((r) => ({
				...r,
				train_ms: round(r.train_ms, 0),
				train_and_test_ms: round(r.train_and_test_ms, 0),
				longest_task_ms: round(r.longest_task_ms, 0)
			})),
			median_train_ms: round(median('train_ms'), 0),
			first_train_ms: round(runs[0].train_ms, 0),
			prediction_ms: {
				count: guesses.length,
				p50: round(percentile(guesses, 50), 2),
				max: round(guesses.at(-1), 2),
				model_p50: round(percentile(modelTimes, 50), 2),
				model_max: round(modelTimes.at(-1), 2)
			},
			baseline: cnn,
			baseline_over_lab:
				cnn?.seconds_to_90 == null
					? null
					: round((cnn.seconds_to_90 * 1000) / median('train_ms'), 2)
		};
	} finally {
		await browser.close();
	}
}

async function baselineIn(context) {
	{
		const other = await context.newPage();
		await other.goto('about:blank');
		await other.addScriptTag({ content: baseline });
		const cnn = await other.evaluate((options) => globalThis.runBaseline(options), {
			maxEpochs: 15,
			target: TARGET_ACCURACY
		});
		const cnnLongest = await other.evaluate(() =>
			Math.max(0, ...window.__longTasks.map((t) => t.duration))
		);
		await other.close();
		console.log('  baseline:', cnn.backend, cnn.secondsToTarget, 's');
		return {
			backend: cnn.backend,
			seconds_to_90: round(cnn.secondsToTarget, 2),
			epochs: cnn.epochs.map((e) => ({
				...e,
				seconds: round(e.seconds, 2),
				accuracy: round(e.accuracy)
			})),
			longest_task_ms: round(cnnLongest, 0)
		};
	}
}

const server = await startServer({ port: Number(values.port), password: 'bench-demo-password' });
const results = [];
try {
	for (const setup of SETUPS) results.push(await measure(server.base, setup));
} finally {
	await server.stop();
}

console.log(
	'\n| set-up | backend | Train → model (median of %d) | first run | test accuracy | longest task while training | prediction: model p50 / max; on screen p50 / max | CNN baseline to 90 %% | CNN / lab |'
		.replace('%d', RUNS)
		.replace('%%', '%')
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results)
	console.log(
		`| ${r.setup} | ${r.backend} | ${r.drawings} | ${r.median_train_ms} ms | ${r.first_train_ms} ms | ${r.runs.map((x) => x.accuracy + '%').join(', ')} | ${r.runs.map((x) => (x.longest_task_ms === null ? '< 50 ms' : x.longest_task_ms + ' ms')).join(', ')} | ${r.prediction_ms.model_p50} / ${r.prediction_ms.model_max} ms; ${r.prediction_ms.p50} / ${r.prediction_ms.max} ms | ${r.baseline ? `${r.baseline.seconds_to_90 ?? 'not reached'} s (${r.baseline.backend})` : '–'} | ${r.baseline_over_lab ?? '–'} |`
	);
const js = results[0].javascript;
console.log(
	`\nJavaScript: the page ${js.page_kb} kB (${js.page_kb_transferred} kB sent) in ${js.page_scripts} files; the model library ${js.model_kb} kB (${js.model_kb_transferred} kB sent): ${js.model_files.join(', ')}`
);
writeRecord('doodle-lab', { ...machine(), target_accuracy: TARGET_ACCURACY, results });
