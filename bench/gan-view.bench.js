// Benchmark: the 2-D GAN's page as a student sees it, in headless Chromium on this machine with
// the GPU off (issue 15). Starts the built app on loopback and opens /activities/gan in a fresh
// browser:
//   1. the JavaScript the page loads (the GAN worker included) and what it transfers,
//   2. for each speed, playing for a few seconds: the page's frames a second (animation frames),
//      pictures drawn a second, iterations a second and per drawn picture, and main-thread long
//      tasks (50 ms and more) while playing,
//   3. iterations until the ring is fitted, as the page reports it, at the fast speed,
// beside the baseline, GAN Lab's loop (one iteration per animation frame on the page's thread,
// TensorFlow.js ops, batch 150, 2 + 1 updates, read back every 50 iterations) on the CPU backend
// and on WebGL (SwiftShader here); and the project's trainer alone on a page's thread (its ceiling).
// Usage: node bench/gan-view.bench.js [--seconds 5] [--port 4394]
import { parseArgs } from 'node:util';
import {
	bundleForPage,
	launchChromium,
	machine,
	serveBundle,
	startServer,
	watchContext,
	writeRecord
} from './lib.js';

const { values } = parseArgs({
	options: {
		seconds: { type: 'string', default: '5' },
		port: { type: 'string', default: '4394' }
	}
});
const SECONDS = Number(values.seconds);
const round = (value, digits = 1) => (value == null ? null : +value.toFixed(digits));

async function measurePage(base) {
	const browser = await launchChromium();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		// Every long task from the start, and what the page loads.
		const loaded = await watchContext(context, { skipServiceWorker: true });
		const page = await context.newPage();
		await page.goto(`${base}/activities/gan`);
		const play = page.getByRole('button', { name: 'Play' });
		await page.waitForFunction(() => !document.querySelector('.gan-controls button')?.disabled);
		const status = () => page.getByTestId('gan-status').innerText();
		const iterationsNow = async () => Number(/Iteration (\d+)/.exec(await status())[1]);
		const drawnNow = async () =>
			Number(await page.locator('.gan-canvas canvas').getAttribute('data-drawn'));

		const speeds = [];
		for (const speed of ['normal', 'fast']) {
			await page.getByRole('button', { name: 'Reset' }).click();
			await page.locator('.gan-controls select').selectOption(speed);
			const [it0, d0] = [await iterationsNow(), await drawnNow()];
			await play.click();
			const frames = await page.evaluate(
				(seconds) =>
					new Promise((resolve) => {
						const times = [];
						const started = performance.now();
						const frame = (now) => {
							times.push(now);
							if (now - started < seconds * 1000) requestAnimationFrame(frame);
							else resolve(times);
						};
						requestAnimationFrame(frame);
					}),
				SECONDS
			);
			await page.getByRole('button', { name: 'Pause' }).click();
			const [start, end] = [frames[0], frames.at(-1)];
			const longTasks = await page.evaluate(
				([from, to]) => window.__longTasks.filter((t) => t.start >= from && t.start <= to),
				[start, end]
			);
			const span = (end - start) / 1000;
			const iterations = (await iterationsNow()) - it0;
			const drawn = (await drawnNow()) - d0;
			speeds.push({
				speed,
				frames_per_second: round((frames.length - 1) / span),
				pictures_drawn_per_second: round(drawn / span),
				iterations_per_second: round(iterations / span, 0),
				iterations_per_picture: round(iterations / Math.max(1, drawn)),
				long_tasks: longTasks.length,
				longest_task_ms: round(Math.max(0, ...longTasks.map((t) => t.duration)), 0)
			});
		}

		// Iterations until the page says the ring is fitted, from a fresh start at full speed.
		await page.getByRole('button', { name: 'Reset' }).click();
		await play.click();
		await page.getByText(/Fitted after \d+ iterations/).waitFor({ timeout: 120_000 });
		const fittedAfter = Number(/Fitted after (\d+)/.exec(await status())[1]);
		await page.getByRole('button', { name: 'Pause' }).click();

		const scripts = loaded.filter((r) => r.type === 'script' || r.url.endsWith('.js'));
		return {
			speeds,
			ring_fitted_after_iterations: fittedAfter,
			javascript: {
				files: scripts.length,
				bytes: scripts.reduce((sum, r) => sum + r.bytes, 0),
				transferred: scripts.reduce((sum, r) => sum + r.transferred, 0),
				worker_bytes: scripts
					.filter((r) => r.url.includes('gan.worker'))
					.reduce((sum, r) => sum + r.bytes, 0)
			}
		};
	} finally {
		await browser.close();
	}
}

async function measureBaseline() {
	const bundle = await bundleForPage('bench/gan2d.entry.ts');
	const ORIGIN = 'https://gan-bench.test';
	const results = [];
	let trainerAlone = null;
	for (const [backend, args] of [
		['cpu', ['--disable-gpu']],
		['webgl', ['--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']]
	]) {
		const browser = await launchChromium(args);
		try {
			const context = await browser.newContext();
			await serveBundle(context, ORIGIN, bundle);
			const page = await context.newPage();
			await page.goto(`${ORIGIN}/`);
			if (backend === 'cpu') {
				const alone = await page.evaluate((s) => globalThis.ganBench.ours(s), SECONDS);
				trainerAlone = round(alone.perSecond, 0);
			}
			const loop = await page.evaluate(
				([b, s]) => globalThis.ganBench.ganLabLoop(b, s),
				[backend, SECONDS]
			);
			results.push({
				backend: loop.backend,
				frames_per_second: round(loop.framesPerSecond),
				iterations_per_second: round(loop.iterationsPerSecond, 0),
				iterations_per_frame: 1,
				longest_frame_ms: round(loop.longestFrameMs, 0),
				tensors_left: loop.tensors
			});
		} finally {
			await browser.close();
		}
	}
	return { loops: results, trainerAlone };
}

const server = await startServer({ port: Number(values.port), password: 'gan-view-bench' });
let page;
try {
	page = await measurePage(server.base);
} finally {
	await server.stop();
}
const { loops: baseline, trainerAlone } = await measureBaseline();
const record = {
	...machine(),
	seconds: SECONDS,
	page,
	// The project's trainer on a page's thread with nothing else running: the worker's ceiling.
	trainer_alone_iterations_per_second: trainerAlone,
	baseline_gan_lab_loop: baseline
};
console.log(JSON.stringify(record, null, 2));
if (!(page.speeds.every((s) => s.iterations_per_second > 0) && baseline.length === 2))
	process.exit(1);
writeRecord('gan-view', record);
