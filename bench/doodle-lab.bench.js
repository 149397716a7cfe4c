// Benchmark: the spotted-cows lab in headless Chromium on this machine with the GPU off, as a
// student uses it. Starts the built app on loopback and, for each set-up (a fresh browser each, so
// the first run includes loading the model library, the shipped real drawings and the feature
// extractor):
//   1. what the page downloads: its JavaScript, the model library (the training worker with
//      TensorFlow.js and its WebAssembly file) and the real drawings with the extractor,
//   2. time from "Train" to a trained model, and to a tested one, with the test's figures
//      (overall, per animal, spotted and plain cows) for each run,
//   3. the longest main-thread task while training and testing (Long Tasks API: 50 ms and more),
//   4. time per live prediction (a mouse stroke, then rasterise, worker round trip, top three),
//   5. for the drawings the app makes, in the same browser, a TensorFlow.js convolutional
//      baseline (the digit tutorial's network, model.fit on the main thread) until 90 % accuracy.
// The models side by side on the same real drawings (old network, new model, tutorial CNN, and
// generated-to-real transfer) are in bench/research/compare-models.research.ts.
// Usage: node bench/doodle-lab.bench.js [--runs 3] [--port 4392] [--smoke]
//   --smoke: one run of the first set-up, checked and not recorded (npm test runs it, so the
//   benchmark cannot rot unnoticed).
import { parseArgs } from 'node:util';
import {
	bundleForPage,
	launchChromium,
	machine,
	percentile,
	startServer,
	watchContext,
	writeRecord
} from './lib.js';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		port: { type: 'string', default: '4392' },
		smoke: { type: 'boolean', default: false }
	}
});
const SMOKE = values.smoke;
const RUNS = SMOKE ? 1 : Number(values.runs);
const TARGET_ACCURACY = 90;
const presetOf = (start) =>
	Buffer.from(JSON.stringify({ start, metrics: 'accuracy', epochs: 12 })).toString('base64url');

const ALL_SETUPS = [
	{
		name: 'real drawings, the lesson’s starting mix (540 spotted + 60 plain cows, 600 of each other animal)',
		start: 'biased'
	},
	{
		name: 'real drawings, a natural mix (480 spotted + 320 plain cows, 800 of each other animal)',
		start: 'biased',
		sliders: [
			[/^Cows with spots/, '0.6'],
			[/^Cows \d/, '800'],
			[/^Horses/, '800'],
			[/^Pigs/, '800'],
			[/^Sheep/, '800']
		]
	},
	{
		name: 'drawings the app makes, balanced (500 cows half spotted, 500 of each other animal): the small network',
		start: 'balanced',
		source: 'Drawings the app makes',
		baseline: true
	}
];
const SETUPS = SMOKE ? ALL_SETUPS.slice(0, 1) : ALL_SETUPS;

const baseline = await bundleForPage('bench/doodle-baseline.entry.ts');

const round = (value, digits = 1) => (value === null ? null : +value.toFixed(digits));

async function measure(base, setup) {
	const browser = await launchChromium();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		// Every long task from the start, and what the page loads.
		const loaded = await watchContext(context);
		const page = await context.newPage();
		await page.goto(`${base}/activities/doodle-lab?preset=${presetOf(setup.start)}`);
		// The backend's name shows in the Train step's technical details once the worker is up.
		await page.waitForFunction(
			() =>
				/backend: (wasm|webgl|cpu)/.test(
					document.querySelector('.doodle-lab details.tech')?.textContent ?? ''
				),
			null,
			{ timeout: 60_000 }
		);
		const backend = /backend: (\w+)/.exec(
			await page.locator('.doodle-lab details.tech').textContent()
		)[1];
		// The real drawings are read (the nutrition label counts them) before any slider moves.
		await page.getByLabel('Real Quick, Draw! drawings').waitFor();
		await page.waitForFunction(
			() => !/^0 drawings/.test(document.querySelector('.label-total')?.textContent ?? '0 drawings')
		);
		if (setup.source) await page.getByLabel(setup.source).check();
		for (const [label, value] of setup.sliders ?? [])
			await page.getByRole('slider', { name: label }).fill(value);
		const drawings = Number(
			/(\d+) drawings/.exec(await page.locator('.label-total').textContent())[1]
		);

		// Long tasks from opening the page until the lab is ready (the app starting, the real
		// drawings being read): the page's own, not the worker's.
		const opening = await page.evaluate(() => window.__longTasks.map((task) => task.duration));
		const step = (name) =>
			page.locator('.lab-steps button', { hasText: new RegExp(`^\\d+\\s*${name}$`) });
		const runs = [];
		for (let run = 1; run <= RUNS; run++) {
			// Training ends on the results: back to the Train step for each run.
			await step('Train').click();
			await page.locator('.doodle-lab .train-button').click();
			// Each run ends with its own "trained and tested" measure (the lab's User Timing marks).
			await page.waitForFunction(
				(n) => performance.getEntriesByName('doodle-train-and-test').length >= n,
				run,
				{ timeout: 180_000 }
			);
			const figures = await page.evaluate(() => {
				const last = (name) => performance.getEntriesByName(name).at(-1);
				const trained = last('doodle-train');
				const tested = last('doodle-train-and-test');
				const during = window.__longTasks.filter(
					(task) =>
						task.start >= tested.startTime && task.start <= tested.startTime + tested.duration
				);
				const percent = (text) => Number(/(\d+)%/.exec(text ?? '')?.[1] ?? NaN);
				const rows = [...document.querySelectorAll('.per-animal tbody tr')].map((row) => [
					row.querySelector('th')?.textContent?.trim(),
					percent(row.querySelector('td')?.textContent)
				]);
				const found = (group) => {
					const text =
						document.querySelector(`.subgroup[data-group="${group}"] .hint`)?.textContent ?? '';
					const [, correct, total] = /(\d+) of (\d+)/.exec(text) ?? [];
					return { correct: Number(correct), total: Number(total) };
				};
				return {
					train_ms: trained.duration,
					train_and_test_ms: tested.duration,
					longest_task_ms: during.length ? Math.max(...during.map((t) => t.duration)) : null,
					long_tasks: during.length,
					per_animal: Object.fromEntries(rows.slice(0, -1)),
					overall: rows.at(-1)?.[1] ?? null,
					spotted: found('spotted'),
					plain: found('plain'),
					gap: Number(document.querySelector('.gap')?.getAttribute('data-gap'))
				};
			});
			runs.push(figures);
			console.log(`  ${setup.name}, run ${run}:`, JSON.stringify(figures));
		}

		// Live predictions: strokes drawn with the mouse, one prediction after each.
		await step('Draw a cow').click();
		const canvas = page.locator('section[aria-labelledby="draw-title"] .drawing-pad canvas');
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

		const isModel = (r) =>
			r.url.includes('training.worker') || r.url.endsWith('.wasm') || r.url.includes('tfjs');
		const isScript = (r) => r.url.endsWith('.js') || r.type === 'script';
		const isRealData = (r) => r.url.startsWith('/doodles/');
		const sum = (list, field) => list.reduce((total, r) => total + r[field], 0);
		// Each file once: the page, the worker and the offline helper may each ask for it.
		const once = (list) => {
			const byUrl = new Map();
			for (const r of list) {
				const seen = byUrl.get(r.url);
				byUrl.set(r.url, {
					...r,
					bytes: Math.max(r.bytes, seen?.bytes ?? 0),
					transferred: Math.max(r.transferred, seen?.transferred ?? 0)
				});
			}
			return [...byUrl.values()];
		};
		const pageScripts = once(loaded.filter((r) => isScript(r) && !isModel(r)));
		const modelFiles = once(loaded.filter(isModel));
		const realFiles = once(loaded.filter((r) => isRealData(r) && r.url.endsWith('.bin')));
		const cnn = setup.baseline && !SMOKE ? await baselineIn(context) : null;
		const median = (field) =>
			percentile(
				runs.map((r) => r[field]).sort((a, b) => a - b),
				50
			);
		return {
			setup: setup.name,
			backend,
			drawings,
			opening_long_tasks_ms: opening.map((d) => round(d, 0)),
			downloads: {
				page_scripts: pageScripts.length,
				page_kb_transferred: round(sum(pageScripts, 'transferred') / 1024),
				page_kb: round(sum(pageScripts, 'bytes') / 1024),
				model_files: modelFiles.map((r) => r.url.split('/').at(-1)),
				model_kb_transferred: round(sum(modelFiles, 'transferred') / 1024),
				model_kb: round(sum(modelFiles, 'bytes') / 1024),
				real_data: realFiles.map((r) => ({
					file: r.url,
					kb_transferred: round(r.transferred / 1024),
					kb: round(r.bytes / 1024)
				}))
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

const accuracyOf = (run) => {
	const overall = run.overall;
	const animals = ['Cow', 'Horse', 'Pig', 'Sheep'].map((a) => run.per_animal[a]);
	return `${overall}% (${animals.join('/')}; spotted ${run.spotted.correct}/${run.spotted.total}, plain ${run.plain.correct}/${run.plain.total})`;
};
console.log(
	'\n| set-up | drawings | Train → model (median of %d) | first run | test: overall (cow/horse/pig/sheep) | longest task while training | prediction: model p50 / max; on screen p50 / max | CNN baseline to 90 %% | CNN / lab |'
		.replace('%d', RUNS)
		.replace('%%', '%')
);
console.log('| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
for (const r of results)
	console.log(
		`| ${r.setup} (${r.backend}) | ${r.drawings} | ${r.median_train_ms} ms | ${r.first_train_ms} ms | ${accuracyOf(r.runs.at(-1))} | ${r.runs.map((x) => (x.longest_task_ms === null ? '< 50 ms' : x.longest_task_ms + ' ms')).join(', ')} | ${r.prediction_ms.model_p50} / ${r.prediction_ms.model_max} ms; ${r.prediction_ms.p50} / ${r.prediction_ms.max} ms | ${r.baseline ? `${r.baseline.seconds_to_90 ?? 'not reached'} s (${r.baseline.backend})` : '–'} | ${r.baseline_over_lab ?? '–'} |`
	);
for (const r of results)
	console.log(
		`opening ${r.setup}: long tasks ${r.opening_long_tasks_ms.length ? r.opening_long_tasks_ms.join(', ') + ' ms' : 'none ≥ 50 ms'}`
	);
const js = results[0].downloads;
console.log(
	`\nDownloads: the page's JavaScript ${js.page_kb} kB (${js.page_kb_transferred} kB sent) in ${js.page_scripts} files; the model library ${js.model_kb} kB (${js.model_kb_transferred} kB sent): ${js.model_files.join(', ')}; real drawings and extractor: ${js.real_data.map((f) => `${f.file} ${f.kb} kB (${f.kb_transferred} kB sent)`).join(', ')}`
);
if (SMOKE) {
	// The smoke test: the flow still runs end to end and gives figures, whatever they are.
	const [run] = results[0].runs;
	const problems = [
		!(run.train_ms > 0) && 'no training time',
		!(run.overall >= 0) && 'no overall accuracy on the results',
		!(run.spotted.total > 0 && run.plain.total > 0) && 'no spotted/plain test counts',
		!(results[0].prediction_ms.count >= 12) && 'fewer than 12 live predictions',
		results[0].downloads.real_data.length < 2 &&
			'the real drawings or the extractor were not loaded'
	].filter(Boolean);
	if (problems.length) {
		console.error(`\nbenchmark smoke test failed: ${problems.join('; ')}`);
		process.exit(1);
	}
	console.log('\nbenchmark smoke test passed (nothing recorded)');
} else writeRecord('doodle-lab', { ...machine(), target_accuracy: TARGET_ACCURACY, results });
