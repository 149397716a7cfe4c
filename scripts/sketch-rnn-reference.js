// Records what Magenta's own sketch-rnn implementation (@magenta/sketch, on TensorFlow.js 1.x)
// computes for the shared pig, sheep, dog and cat models, so `src/lib/sketch/sketch.spec.ts` can
// check the project's decoder against it number for number. @magenta/sketch is not a dependency
// of the app (it pins TensorFlow.js 1.x), so install it in a scratch folder first:
//
//   cd "$(mktemp -d)" && npm init -y && npm install @magenta/sketch@0.2.0
//   node /path/to/repo/scripts/sketch-rnn-reference.js /path/to/shared/data
//
// Input: the first 24 steps of the first drawing of each animal in simplified-25-ndjson, in
// Magenta's stroke-5 with pixel factor 1. Output: src/lib/sketch/testing/magenta-reference.json.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const scratch = createRequire(join(process.cwd(), 'noop.js'));
const tf = scratch('@tensorflow/tfjs');
const { SketchRNN } = scratch('@magenta/sketch');
const shared = resolve(process.argv[2] ?? '../shared/data');
const ANIMALS = ['pig', 'sheep', 'dog', 'cat'];
const STEPS = 24;
const CHECKPOINTS = [0, 8, 24];

function stroke5(drawing) {
	const points = [];
	for (const [xs, ys] of drawing)
		xs.forEach((x, i) => points.push({ x, y: ys[i], last: i === xs.length - 1 }));
	const steps = [];
	for (let i = 1; i < points.length; i++) {
		const last = points[i].last;
		steps.push([
			points[i].x - points[i - 1].x,
			points[i].y - points[i - 1].y,
			last ? 0 : 1,
			last ? 1 : 0,
			0
		]);
	}
	return steps;
}

const round = (values) => Array.from(values, (v) => Number(v.toPrecision(7)));
const out = {
	generator: '@magenta/sketch ' + scratch('@magenta/sketch/package.json').version,
	tfjs: tf.version.tfjs,
	steps: STEPS,
	checkpoints: CHECKPOINTS,
	cases: []
};
tf.setBackend('cpu');
for (const model of ANIMALS) {
	const vars = JSON.parse(readFileSync(join(shared, 'sketch-rnn', `${model}.gen.json`), 'utf8'));
	const rnn = new SketchRNN('unused');
	rnn.instantiateFromJSON(vars[0], vars[1], vars[2]);
	rnn.setPixelFactor(1);
	for (const animal of ANIMALS) {
		const first = JSON.parse(
			readFileSync(
				join(shared, 'quickdraw', 'simplified-25-ndjson', `${animal}.ndjson`),
				'utf8'
			).split('\n')[0]
		);
		const steps = stroke5(first.drawing).slice(0, STEPS);
		let state = rnn.update(rnn.zeroInput(), rnn.zeroState());
		const pdfs = [];
		for (let i = 0; i <= STEPS; i++) {
			if (CHECKPOINTS.includes(i)) {
				const pdf = rnn.getPDF(state, 1, 1);
				pdfs.push({
					after: i,
					pen: round(pdf.pen),
					pi: round(pdf.pi),
					muX: round(pdf.muX),
					muY: round(pdf.muY),
					sigmaX: round(pdf.sigmaX),
					sigmaY: round(pdf.sigmaY.slice(0, 20)),
					corr: round(pdf.corr),
					h: round(state.h.slice(0, 16))
				});
			}
			if (i < STEPS) state = rnn.update(steps[i], state);
		}
		out.cases.push({ model, drawing: `${animal}.ndjson line 1 (key_id ${first.key_id})`, pdfs });
	}
	rnn.dispose();
}
const target = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'../src/lib/sketch/testing/magenta-reference.json'
);
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${out.cases.length} cases to ${target}`);
