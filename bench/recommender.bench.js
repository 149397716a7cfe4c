// Benchmark: the recommender designer's speed budget (issue 16), in headless Chromium on this
// machine with the GPU off: for the 14 personas and a class of 35 with their likes, how long it
// takes to learn the shop (collaborative filtering's item-item similarity from everyone's likes,
// and how alike every two items are), and to recompute every player's recommendations and every
// metric as a slider moves (budget: one 60 Hz frame, 16 ms), beside the baseline of recomputing
// everything, the learning included, on every move.
// Usage: node bench/recommender.bench.js [--runs 200] [--class 35]
import { parseArgs } from 'node:util';
import { bundleForPage, launchChromium, machine, serveBundle, writeRecord } from './lib.js';

const { values } = parseArgs({
	options: { runs: { type: 'string', default: '200' }, class: { type: 'string', default: '35' } }
});
const ORIGIN = 'https://recommender-bench.test';
const round = (value) => +value.toFixed(2);
const ms = (t) => ({ p50: round(t.p50), p95: round(t.p95), max: round(t.max) });

const bundle = await bundleForPage('bench/recommender.entry.ts');
const browser = await launchChromium();
let record;
try {
	const context = await browser.newContext();
	await serveBundle(context, ORIGIN, bundle);
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/`);
	const result = await page.evaluate(
		([size, runs]) => globalThis.recommenderBench.run(size, runs),
		[Number(values.class), Number(values.runs)]
	);
	record = {
		...machine(),
		browser: browser.version(),
		runs: Number(values.runs),
		players: result.players,
		likes: result.likes,
		learn_shop_ms: ms(result.learn),
		slider_move_ms: ms(result.slider),
		baseline_everything_each_move_ms: ms(result.fromScratch)
	};
} finally {
	await browser.close();
}
console.log(JSON.stringify(record, null, 2));
if (!(record.slider_move_ms.p50 > 0)) process.exit(1);
writeRecord('recommender', record);
