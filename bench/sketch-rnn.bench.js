// Benchmark: sketch-rnn drawing in headless Chromium on this machine (GPU off), with the app's
// own decoder (src/lib/sketch/decoder.ts, model-file.ts) bundled by esbuild. For each model, in a
// fresh browser context (so the first drawing meets a cold JavaScript engine):
//   1. reading the model: JSON.parse and parseSketchModel of the `.gen.json` text,
//   2. the first (cold) drawing, then the same drawing again once warm,
//   3. whole drawings, --seeds seeds at each temperature (0.25, 0.5, 0.8): compute time, steps,
//      time per step, whether the model ended the drawing or it was cut at max_seq_len,
//   4. the longest single step (mixture + sample + LSTM step), clocked step by step,
//   5. "finish my drawing": the first --prefix steps of a real Quick, Draw! drawing of the same
//      animal are fed through the decoder, then the rest is sampled.
// Models: Magenta's 512-unit pig, sheep, dog and cat from the shared data folder, and the
// project's cow (static/sketch-rnn/cow.gen.json, or --cow PATH) when it is there.
// Usage: node bench/sketch-rnn.bench.js [--seeds 20] [--prefix 40] [--models pig,sheep,dog,cat]
//        [--cow static/sketch-rnn/cow.gen.json] [--decoder FILE] [--name sketch-rnn]
// --decoder bundles another decoder.ts in place of the app's, for before/after figures, e.g.
//   git show HEAD:src/lib/sketch/decoder.ts > /tmp/decoder.ts
//   node bench/sketch-rnn.bench.js --decoder /tmp/decoder.ts --name sketch-rnn-before
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, machine, percentile, writeRecord, sharedDataDir } from './lib.js';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: '20' },
		prefix: { type: 'string', default: '40' },
		models: { type: 'string', default: 'pig,sheep,dog,cat' },
		cow: { type: 'string', default: 'static/sketch-rnn/cow.gen.json' },
		decoder: { type: 'string' },
		name: { type: 'string', default: 'sketch-rnn' }
	}
});
const SEEDS = Number(values.seeds);
const PREFIX = Number(values.prefix);
const TEMPERATURES = [0.25, 0.5, 0.8];
const TARGET_MS = 300;
const ORIGIN = 'https://sketch-bench.test';

const shared = sharedDataDir('sketch-rnn');
const models = [];
for (const name of values.models.split(',').filter(Boolean)) {
	const file = shared && resolve(shared, 'sketch-rnn', `${name}.gen.json`);
	if (file && existsSync(file)) models.push({ name, source: 'Magenta', file });
	else console.log(`${name}: no ${name}.gen.json in the shared data folder, skipped`);
}
const cowFile = resolve(values.cow);
if (existsSync(cowFile)) models.push({ name: 'cow', source: 'project', file: cowFile });
else console.log(`cow: the project's model (${values.cow}) is not there yet: pending`);
if (models.length === 0) throw new Error('no models to measure');

// Each file as it is now (the cow's may be rewritten while its training goes on): read whole,
// checked to be JSON, retried for a few seconds if it is caught half written.
for (const model of models) {
	for (let attempt = 0; ; attempt++) {
		const modified = statSync(model.file).mtime.toISOString();
		const text = readFileSync(model.file);
		try {
			const [info] = JSON.parse(text.toString('utf8'));
			Object.assign(model, { text, modified, info });
			break;
		} catch (error) {
			if (attempt === 10) throw error;
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}
}

/** Real drawings of the animal, for the starts of "finish my drawing". */
function realDrawings(animal) {
	const file = shared && resolve(shared, 'quickdraw', 'simplified-5k-json', `${animal}.json`);
	return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const bundle = (
	await build({
		entryPoints: ['bench/sketch-rnn.entry.ts'],
		bundle: true,
		format: 'iife',
		write: false,
		minify: true,
		logLevel: 'warning',
		plugins: values.decoder
			? [
					{
						name: 'other-decoder',
						setup(b) {
							b.onResolve({ filter: /sketch\/decoder$/ }, () => ({
								path: resolve(values.decoder)
							}));
						}
					}
				]
			: []
	})
).outputFiles[0].text;

const round = (value, digits = 1) => (value == null ? null : +value.toFixed(digits));
const sorted = (list) => [...list].sort((a, b) => a - b);
function stats(list, digits = 1) {
	const s = sorted(list);
	return {
		p50: round(percentile(s, 50), digits),
		p95: round(percentile(s, 95), digits),
		max: round(s.at(-1), digits)
	};
}
const median = (list) => percentile(sorted(list), 50);

// Compute, as opposed to waiting: the renderer's main thread's time on a CPU, from the kernel's
// scheduler statistics (nanoseconds), read before and after each call into the page. On a busy
// machine the page's own clock also counts the time the thread waited for a core.
const schedstat = (pid) =>
	readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
/** A renderer's CPU time so far, or 0 when it has exited meanwhile. */
function cpuNs(pid) {
	try {
		return schedstat(pid)[0];
	} catch {
		return 0;
	}
}
const parentOf = (pid) =>
	Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
function descendsFromUs(pid) {
	for (let p = pid, hops = 0; p > 1 && hops < 10; p = parentOf(p), hops++)
		if (p === process.pid) return true;
	return false;
}
function renderers() {
	const pids = [];
	for (const entry of readdirSync('/proc')) {
		const pid = Number(entry);
		if (!pid) continue;
		try {
			if (
				readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer') &&
				descendsFromUs(pid)
			)
				pids.push(pid);
		} catch {
			// gone meanwhile
		}
	}
	return pids;
}
/**
 * The renderer process running the page: the one whose main thread runs a 300 ms busy loop while
 * the others idle (a new browser's other renderers are busy starting up for a moment: try again).
 */
async function rendererOf(page) {
	for (let attempt = 0; attempt < 10; attempt++) {
		const before = new Map(renderers().map((pid) => [pid, cpuNs(pid)]));
		await page.evaluate(() => {
			const end = performance.now() + 300;
			while (performance.now() < end);
		});
		const ran = [...before]
			.map(([pid, ns]) => ({ pid, ns: cpuNs(pid) - ns }))
			.sort((a, b) => b.ns - a.ns);
		if (ran[0] && ran[0].ns > 30e6 && ran[0].ns > 10 * (ran[1]?.ns ?? 0)) return ran[0].pid;
	}
	return null;
}

const load = loadavg()[0];
if (load > 0.5)
	console.log(`warning: load average ${load.toFixed(2)} before the start: figures may be high`);

const browser = await launchChromium();
const browserVersion = browser.version();

async function measure({ name, source, file, text, modified, info }) {
	// A fresh context per model: a new page with a cold engine. The page is cross-origin
	// isolated so that performance.now() is fine-grained (5 µs rather than 100 µs).
	const context = await browser.newContext();
	try {
		await context.route(`${ORIGIN}/**`, (route) => {
			const path = new URL(route.request().url()).pathname;
			const headers = {
				'Cross-Origin-Opener-Policy': 'same-origin',
				'Cross-Origin-Embedder-Policy': 'require-corp'
			};
			if (path === '/')
				return route.fulfill({
					contentType: 'text/html',
					headers,
					body: '<!doctype html><script src="/bench.js"></script>'
				});
			if (path === '/bench.js')
				return route.fulfill({ contentType: 'text/javascript', headers, body: bundle });
			if (path === '/model.gen.json')
				return route.fulfill({ contentType: 'application/json', headers, body: text });
			return route.fulfill({ status: 404 });
		});
		const page = await context.newPage();
		await page.goto(`${ORIGIN}/`);
		const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
		const renderer = existsSync('/proc/self/task') ? await rendererOf(page) : null;
		/** Runs fn in the page; with the main thread's CPU and run-queue time (ms) when known. */
		async function clocked(fn, arg) {
			const before = renderer && schedstat(renderer);
			const result = await page.evaluate(fn, arg);
			if (!before) return { ...result, cpu_ms: null, wait_ms: null };
			const after = schedstat(renderer);
			return {
				...result,
				cpu_ms: Math.max(0, (after[0] - before[0]) / 1e6 - overhead),
				wait_ms: (after[1] - before[1]) / 1e6
			};
		}
		// What an empty call into the page costs the main thread (messages, serialisation).
		let overhead = 0;
		const empty = [];
		for (let i = 0; i < 20; i++) empty.push((await clocked(() => ({}))).cpu_ms);
		overhead = median(empty) ?? 0;
		// The download is not timed: only reading the text into the model.
		await page.evaluate(async () => {
			globalThis.modelText = await (await fetch('/model.gen.json')).text();
		});
		const parse = await clocked(() => globalThis.sketchBench.load(globalThis.modelText));
		const parseAgain = [];
		for (let i = 0; i < 3; i++)
			parseAgain.push(await clocked(() => globalThis.sketchBench.load(globalThis.modelText)));

		const draw = (options) => clocked((o) => globalThis.sketchBench.draw(o), options);
		const cold = await draw({ seed: 0, temperature: 0.5 });
		for (let seed = 100; seed < 102; seed++) await draw({ seed, temperature: 0.5 }); // warm-up
		const coldAgain = await draw({ seed: 0, temperature: 0.5 });

		const drawings = [];
		for (const temperature of TEMPERATURES)
			for (let seed = 1; seed <= SEEDS; seed++)
				drawings.push({ temperature, seed, ...(await draw({ seed, temperature })) });

		// Step by step, at every temperature, on the same drawings.
		const lstm = [];
		const whole = [];
		let identical = true;
		for (const temperature of TEMPERATURES)
			for (let seed = 1; seed <= SEEDS; seed++) {
				const p = await page.evaluate((o) => globalThis.sketchBench.profile(o), {
					seed,
					temperature
				});
				lstm.push(...p.lstm);
				whole.push(...p.whole);
				identical &&= p.identical;
			}

		// "Finish my drawing": real starts of the same animal when the shared data has them.
		const real = realDrawings(name) ?? [];
		const prefixes = [];
		for (const drawing of real) {
			if (prefixes.length === SEEDS) break;
			const prefix = await page.evaluate(
				([d, n]) => globalThis.sketchBench.prefixOf(d, n),
				[drawing, PREFIX]
			);
			if (prefix) prefixes.push(prefix);
		}
		const prefixSource = prefixes.length ? 'Quick, Draw!' : "the model's own drawings";
		for (let seed = 1; prefixes.length < SEEDS && seed < 50 * SEEDS; seed += 50) {
			const prefix = await page.evaluate(
				([n, s]) => globalThis.sketchBench.ownPrefix(n, s),
				[PREFIX, seed]
			);
			if (!prefix) break;
			prefixes.push(prefix);
		}
		const finishes = [];
		for (const [i, prefix] of prefixes.entries())
			finishes.push(await draw({ seed: i + 1, temperature: 0.5, prefix }));

		// Compute: the main thread's CPU time when the kernel says it; otherwise the page's clock.
		const compute = (d) => d.cpu_ms ?? d.ms;
		const summary = (list) => ({
			compute_ms: stats(list.map(compute)),
			wall_ms: stats(list.map((d) => d.ms)),
			waited_ms: renderer ? stats(list.map((d) => d.wait_ms)) : null,
			steps: stats(
				list.map((d) => d.steps),
				0
			),
			cut: list.filter((d) => d.cut).length,
			over_target: list.filter((d) => compute(d) >= TARGET_MS).length
		});
		const result = {
			model: name,
			source,
			// Relative to where the benchmark ran, so no machine's own paths are recorded.
			file: relative(process.cwd(), file),
			file_modified: modified,
			file_kb: round(text.length / 1024),
			file_info: info,
			hidden: parse.hidden,
			mixtures: parse.mixtures,
			max_seq_len: parse.max_seq_len,
			cross_origin_isolated: isolated,
			compute_clock: renderer ? 'renderer main thread CPU time (schedstat)' : 'page clock',
			call_overhead_cpu_ms: round(overhead, 3),
			parse_ms: {
				first_compute: round(compute({ ...parse, ms: parse.total_ms })),
				first_wall: round(parse.total_ms),
				first_json_wall: round(parse.json_ms),
				first_model_wall: round(parse.parse_ms),
				again_compute_median: round(
					median(parseAgain.map((p) => compute({ ...p, ms: p.total_ms })))
				)
			},
			cold: {
				compute_ms: round(compute(cold)),
				wall_ms: round(cold.ms),
				steps: cold.steps,
				compute_ms_per_step: round(compute(cold) / cold.steps, 3),
				same_drawing_warm_compute_ms: round(compute(coldAgain)),
				same_drawing_warm_wall_ms: round(coldAgain.ms)
			},
			drawings: {
				count: drawings.length,
				...summary(drawings),
				compute_ms_per_step: stats(
					drawings.map((d) => compute(d) / d.steps),
					3
				),
				by_temperature: TEMPERATURES.map((temperature) => ({
					temperature,
					...summary(drawings.filter((d) => d.temperature === temperature))
				}))
			},
			steps_clocked: {
				clock: 'page clock (includes any wait for a core)',
				count: whole.length,
				step_ms: stats(whole, 3),
				lstm_ms: stats(lstm, 3),
				same_drawings_as_sample: identical
			},
			finish: {
				prefix_steps: PREFIX,
				prefix_source: prefixSource,
				count: finishes.length,
				temperature: 0.5,
				...summary(finishes)
			},
			all: drawings.map((d) => ({
				...d,
				ms: round(d.ms, 2),
				cpu_ms: round(d.cpu_ms, 2),
				wait_ms: round(d.wait_ms, 2)
			}))
		};
		const d = result.drawings;
		console.log(
			`${name} (${source}, H=${result.hidden}): parse ${result.parse_ms.first_compute} ms; ` +
				`cold ${result.cold.compute_ms} ms for ${cold.steps} steps; ${d.count} drawings compute ` +
				`p50 ${d.compute_ms.p50} / p95 ${d.compute_ms.p95} / max ${d.compute_ms.max} ms ` +
				`(page clock max ${d.wall_ms.max} ms); longest step ${result.steps_clocked.step_ms.max} ms; ` +
				`finish p50 ${result.finish.compute_ms.p50} ms`
		);
		return result;
	} finally {
		await context.close();
	}
}

const results = [];
try {
	for (const model of models) results.push(await measure(model));
} finally {
	await browser.close();
}

console.log(
	`\n| model | H | parse, first (again) | first drawing, cold (same drawing warm) | whole drawing p50 / p95 / max | steps p50 / max (cut) | per step p50 | longest step (page clock) | finish after ${PREFIX} steps p50 / max | under ${TARGET_MS} ms |`
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of results) {
	const d = r.drawings;
	const f = r.finish;
	const misses = d.over_target + f.over_target + (r.cold.compute_ms >= TARGET_MS ? 1 : 0);
	console.log(
		`| ${r.model} (${r.source}) | ${r.hidden} | ${r.parse_ms.first_compute} ms (${r.parse_ms.again_compute_median} ms) | ${r.cold.compute_ms} ms, ${r.cold.steps} steps (${r.cold.same_drawing_warm_compute_ms} ms) | ${d.compute_ms.p50} / ${d.compute_ms.p95} / ${d.compute_ms.max} ms | ${d.steps.p50} / ${d.steps.max} (${d.cut} of ${d.count}) | ${d.compute_ms_per_step.p50} ms | ${r.steps_clocked.step_ms.max} ms | ${f.compute_ms.p50} / ${f.compute_ms.max} ms | ${misses === 0 ? 'yes' : `no: ${misses} of ${d.count + f.count + 1}`} |`
	);
}
console.log(
	`\nCompute: ${results[0]?.compute_clock}; load average ${load.toFixed(2)} before the start.`
);
const missing = models.some((m) => m.name === 'cow') ? [] : ['cow'];
writeRecord(values.name, {
	...machine(),
	decoder: values.decoder
		? relative(process.cwd(), resolve(values.decoder))
		: 'src/lib/sketch/decoder.ts',
	browser: `Chromium ${browserVersion} headless, --disable-gpu`,
	load_average_before: round(load, 2),
	target_ms: TARGET_MS,
	seeds: SEEDS,
	temperatures: TEMPERATURES,
	pending: missing,
	results
});
