/**
 * Trains the sketch-rnn cow model "The AI draws a cow" uses (Magenta published none): an
 * unconditional decoder (LSTM, 20 bivariate Gaussians, 3 pen states) on the lab's built-in starter
 * cows, 90 % spotted as in the lesson, written as Magenta's `.gen.json`. Deterministic: the same
 * options give the same file.
 *
 *   npx tsx scripts/train-cow-sketch-rnn.ts
 *   npx tsx scripts/train-cow-sketch-rnn.ts --epochs 5 --hidden 64 --out /tmp/cow.gen.json
 *   npx tsx scripts/train-cow-sketch-rnn.ts --init static/sketch-rnn/cow.gen.json --lr 0.0003
 *
 * Options (defaults in DEFAULTS): --cows, --spotted, --hidden, --epochs, --batch, --lr, --decay,
 * --min-lr, --clip, --seed, --threads, --out, and --init: a `.gen.json` to go on training
 * (with a fresh optimiser) instead of starting from random weights.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/lib/doodle/random';
import { Adam, learningRate } from '../src/lib/sketch/train/adam';
import {
	drawingsOf,
	scaleFactorOf,
	sequenceOf,
	starterCows
} from '../src/lib/sketch/train/cow-data';
import { parseSketchModel } from '../src/lib/sketch/model-file';
import { parametersOf, toGenJson } from '../src/lib/sketch/train/gen-json';
import { GradientPool } from '../src/lib/sketch/train/gradient-pool';
import { initialParameters, layoutOf } from '../src/lib/sketch/train/network';

const DEFAULTS = {
	cows: 2000,
	spotted: 0.9,
	hidden: 128,
	mixtures: 20,
	epochs: 40,
	batch: 32,
	lr: 0.001,
	decay: 0.9997,
	'min-lr': 0.00002,
	clip: 1,
	seed: 1,
	threads: Math.min(2, cpus().length),
	out: 'static/sketch-rnn/cow.gen.json'
};

const { values } = parseArgs({
	options: Object.fromEntries(
		[...Object.keys(DEFAULTS), 'init'].map((key) => [key, { type: 'string' as const }])
	)
});
const option = (key: keyof typeof DEFAULTS) => Number(values[key] ?? DEFAULTS[key]);
const out = String(values.out ?? DEFAULTS.out);
const shape = { hidden: option('hidden'), mixtures: option('mixtures') };

const started = performance.now();
const minutes = () => ((performance.now() - started) / 60_000).toFixed(1);

const cows = starterCows(option('cows'), option('spotted'));
const drawings = drawingsOf(cows);
const scaleFactor = Number(scaleFactorOf(drawings).toFixed(4));
const sequences = drawings.map((drawing) => sequenceOf(drawing, scaleFactor));
const maxSeqLen = Math.max(...sequences.map((s) => s.length));
const spotted = cows.filter((cow) => cow.subgroup === 'spotted').length;
console.log(
	`${cows.length} starter cows (${spotted} spotted), scale factor ${scaleFactor}, ` +
		`max_seq_len ${maxSeqLen}, ${shape.hidden} LSTM units, ${option('threads')} threads`
);

const layout = layoutOf(shape);
const pool = new GradientPool(shape, layout.size, sequences, option('threads'));
const init =
	values.init === undefined ? null : JSON.parse(readFileSync(String(values.init), 'utf8'));
const earlierEpochs = Number(init?.[0]?.epochs ?? 0);
pool.params.set(
	init ? parametersOf(parseSketchModel(init), layout) : initialParameters(layout, option('seed'))
);
const adam = new Adam(layout.size);
const grads = new Float32Array(layout.size);
const random = seededRandom(option('seed') + 1 + earlierEpochs);
const order = sequences.map((_, i) => i);
const batch = option('batch');

function save(epochs: number) {
	const info = {
		name: 'cow',
		maxSeqLen,
		scaleFactor,
		// Trained on simplified (0-255) drawings, not Magenta's raw screen units.
		pixel_factor: 1,
		hidden: shape.hidden,
		epochs,
		training_size: cows.length,
		spotted_share: spotted / cows.length,
		source: 'the doodle lab’s built-in starter cows (scripts/train-cow-sketch-rnn.ts)'
	};
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, JSON.stringify(toGenJson(pool.params, layout, info)));
}

let updates = 0;
for (let epoch = 1; epoch <= option('epochs'); epoch++) {
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	let lossSum = 0;
	let stepSum = 0;
	for (let start = 0; start + batch <= order.length; start += batch) {
		const indices = order.slice(start, start + batch);
		const steps = indices.reduce((sum, i) => sum + sequences[i]!.length, 0);
		lossSum += await pool.gradients(indices, 1 / steps, grads);
		stepSum += steps;
		const rate = learningRate(updates++, option('lr'), option('decay'), option('min-lr'));
		adam.step(pool.params, grads, rate, option('clip'));
	}
	save(earlierEpochs + epoch);
	console.log(
		`epoch ${epoch}: loss ${(lossSum / stepSum).toFixed(4)} per step, ${updates} updates, ` +
			`${minutes()} min`
	);
}
await pool.close();
console.log(`Wrote ${out} after ${minutes()} min.`);
