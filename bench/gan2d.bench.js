// Benchmark: the 2-D GAN's training speed in headless Chromium on this machine with the GPU off
// (issue 15, first measurements): the project's trainer (src/lib/gan, plain TypeScript) against a
// baseline trained GAN Lab's way (TensorFlow.js ops on the same networks, batch 150, two
// discriminator and one generator update per iteration) on TensorFlow.js's CPU and WebGL
// (SwiftShader here) backends; and iterations until the ring is fitted, for several seeds.
// Both run on the page's thread for the measurement (the lab will run its trainer in a worker).
// Usage: node bench/gan2d.bench.js [--seconds 3] [--seeds 1,2,3,4,5]
import { parseArgs } from 'node:util';
import { bundleForPage, launchChromium, machine, serveBundle, writeRecord } from './lib.js';

const { values } = parseArgs({
	options: {
		seconds: { type: 'string', default: '3' },
		seeds: { type: 'string', default: '1,2,3,4,5' }
	}
});
const SECONDS = Number(values.seconds);
const SEEDS = values.seeds.split(',').map(Number);
const ORIGIN = 'https://gan-bench.test';
const FRAME_MS = 1000 / 60;

const bundle = await bundleForPage('bench/gan2d.entry.ts');

const browser = await launchChromium([
	'--disable-gpu',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader'
]);
const round = (value, digits = 1) => (value == null ? null : +value.toFixed(digits));
let record;
try {
	const context = await browser.newContext();
	await serveBundle(context, ORIGIN, bundle);
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/`);
	const ours = await page.evaluate((s) => globalThis.ganBench.ours(s), SECONDS);
	console.log('project trainer:', ours);
	const baselines = [];
	for (const backend of ['cpu', 'webgl']) {
		const result = await page.evaluate(
			([b, s]) => globalThis.ganBench.baseline(b, s),
			[backend, SECONDS]
		);
		console.log('baseline:', result);
		baselines.push(result);
	}
	const fitted = await page.evaluate((seeds) => globalThis.ganBench.ringFit(seeds), SEEDS);
	console.log('ring fitted after (iterations, per seed):', fitted);
	record = {
		...machine(),
		browser: browser.version(),
		ours: {
			iterations_per_second: round(ours.perSecond, 0),
			ms_per_iteration: round(ours.ms / ours.iterations, 3),
			iterations_per_frame_at_60fps: Math.floor(FRAME_MS / (ours.ms / ours.iterations))
		},
		baselines: baselines.map((b) => ({
			backend: b.backend,
			iterations_per_second: round(b.perSecond, 0),
			ms_per_iteration: round(b.ms / b.iterations, 2),
			tensors_left: b.tensors
		})),
		ring_fitted_after: Object.fromEntries(SEEDS.map((seed, i) => [seed, fitted[i]]))
	};
} finally {
	await browser.close();
}
console.log(
	`\nproject trainer: ${record.ours.iterations_per_second} iterations/s (${record.ours.ms_per_iteration} ms each, ${record.ours.iterations_per_frame_at_60fps} per 60 Hz frame)`
);
for (const b of record.baselines)
	console.log(
		`baseline on ${b.backend}: ${b.iterations_per_second} iterations/s (${b.ms_per_iteration} ms each)`
	);
console.log('ring fitted after:', JSON.stringify(record.ring_fitted_after));
if (record.ours.iterations_per_second <= 0) process.exit(1);
writeRecord('gan2d', record);
