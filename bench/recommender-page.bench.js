// Benchmark: the recommender's designer as a student sees it (issue 16), in headless Chromium on
// this machine with the GPU off, at a tablet's size. Starts the built app on loopback, opens
// /activities/recommender on its Design tab, and moves the "Favourite styles" slider from 0 to 3
// and back: for each move, the time from the input event to the page laid out again with every
// list and measure updated (Svelte's update, style and layout; the paint comes after), and the
// frames while it moves. Baseline in the same run: the same measurement when the input changes
// nothing (a slider the page does not listen to), the floor of the method.
// Usage: node bench/recommender-page.bench.js [--runs 120] [--port 4396]
import { parseArgs } from 'node:util';
import { launchChromium, machine, startServer, writeRecord } from './lib.js';

const { values } = parseArgs({
	options: { runs: { type: 'string', default: '120' }, port: { type: 'string', default: '4396' } }
});
const RUNS = Number(values.runs);
const preset = Buffer.from(
	JSON.stringify({ open: 'design', compare: 'original', loop: false })
).toString('base64url');

async function measure(base) {
	const browser = await launchChromium();
	try {
		const context = await browser.newContext({
			viewport: { width: 810, height: 1080 },
			hasTouch: true,
			isMobile: true
		});
		const page = await context.newPage();
		await page.goto(`${base}/activities/recommender?preset=${preset}`);
		await page.locator('input[data-signal="styles"]').waitFor();
		return await page.evaluate(async (runs) => {
			const slider = document.querySelector('input[data-signal="styles"]');
			const cell = document.querySelector(
				'[data-testid="measures"] tr[data-metric="stereotype"] td[data-design="yours"]'
			);
			const idle = document.createElement('input');
			idle.type = 'range';
			document.body.append(idle);
			const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
			const move = async (target, value) => {
				const started = performance.now();
				target.value = String(value);
				target.dispatchEvent(new Event('input', { bubbles: true }));
				await Promise.resolve();
				await Promise.resolve();
				void document.body.offsetHeight;
				const took = performance.now() - started;
				await frame();
				return took;
			};
			const position = (k) => {
				const step = k % 12;
				return (step < 6 ? step : 12 - step) / 2;
			};
			const shown = new Set();
			for (let k = 0; k < 10; k++) await move(slider, position(k));
			const moves = [];
			const frames = [];
			let last = performance.now();
			for (let k = 0; k < runs; k++) {
				moves.push(await move(slider, position(k)));
				const now = performance.now();
				frames.push(now - last);
				last = now;
				shown.add(cell.textContent);
			}
			const baseline = [];
			for (let k = 0; k < runs; k++) baseline.push(await move(idle, k % 100));
			return { moves, frames, baseline, stereotypeShown: [...shown] };
		}, RUNS);
	} finally {
		await browser.close();
	}
}

const stats = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
	const round = (v) => +v.toFixed(1);
	return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)) };
};

const server = await startServer({ port: Number(values.port), password: 'recommender-bench' });
let result;
try {
	result = await measure(server.base);
} finally {
	await server.stop();
}
if (result.stereotypeShown.length < 2) throw new Error('the measures did not move with the slider');
const record = {
	...machine(),
	runs: RUNS,
	viewport: '810 × 1080 (tablet, touch)',
	players: 14,
	slider_move_to_layout_ms: stats(result.moves),
	frame_interval_while_moving_ms: stats(result.frames),
	baseline_unlistened_input_ms: stats(result.baseline),
	stereotype_values_shown: result.stereotypeShown
};
console.log(JSON.stringify(record, null, 2));
writeRecord('recommender-page', record);
