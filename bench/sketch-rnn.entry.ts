// The page side of bench/sketch-rnn.bench.js: the app's own sketch-rnn decoder and model reader,
// bundled by the benchmark and timed in headless Chromium. Everything runs on the page's main
// thread, one synchronous call per measurement, as the app calls it.
import { parseSketchModel, type SketchModel } from '../src/lib/sketch/model-file';
import {
	initialState,
	mixture,
	sample,
	sampleStep,
	START,
	step,
	type Stroke5
} from '../src/lib/sketch/decoder';
import { toStroke5 } from '../src/lib/sketch/stroke5';
import { seededRandom } from '../src/lib/doodle/random';
import type { SimplifiedDrawing } from '../src/lib/doodle/strokes';

let model: SketchModel | null = null;
const loaded = () => {
	if (!model) throw new Error('no model loaded');
	return model;
};

/** JSON.parse and parseSketchModel of a `.gen.json` file's text, timed separately. */
function load(text: string) {
	const started = performance.now();
	const json: unknown = JSON.parse(text);
	const parsed = performance.now();
	model = parseSketchModel(json);
	const done = performance.now();
	return {
		json_ms: parsed - started,
		parse_ms: done - parsed,
		total_ms: done - started,
		hidden: model.hidden,
		mixtures: model.mixtures,
		max_seq_len: model.info.maxSeqLen
	};
}

/** One whole drawing (or the rest of one), exactly as the app asks for it. */
function draw({
	seed,
	temperature,
	prefix
}: {
	seed: number;
	temperature: number;
	prefix?: Stroke5[];
}) {
	const m = loaded();
	const started = performance.now();
	const result = sample(m, { temperature, random: seededRandom(seed), prefix });
	const ms = performance.now() - started;
	return { ms, steps: result.steps.length, cut: result.cut };
}

/**
 * The same drawing as `draw`, step by step with a clock around each part: `sample`'s own loop,
 * with the same calls in the same order (the bench checks that the steps come out the same).
 * A step is mixture + sampleStep + the LSTM step that feeds the sampled offset back.
 */
function profile({ seed, temperature }: { seed: number; temperature: number }) {
	const m = loaded();
	const random = seededRandom(seed);
	const lstm: number[] = [];
	const whole: number[] = [];
	let started = performance.now();
	let state = step(m, initialState(m), START);
	lstm.push(performance.now() - started);
	const steps: Stroke5[] = [];
	while (steps.length < m.info.maxSeqLen) {
		started = performance.now();
		const next = sampleStep(mixture(m, state, temperature), random);
		steps.push(next);
		if (next.pen === 2) {
			whole.push(performance.now() - started);
			break;
		}
		const before = performance.now();
		state = step(m, state, next);
		const after = performance.now();
		lstm.push(after - before);
		whole.push(after - started);
	}
	const reference = sample(m, { temperature, random: seededRandom(seed) }).steps;
	const same =
		reference.length === steps.length ||
		// sample() turns the last step into the end when the drawing runs out of room.
		(reference.length === m.info.maxSeqLen && steps.length === m.info.maxSeqLen);
	const identical =
		same &&
		reference
			.slice(0, -1)
			.every((s, i) => s.dx === steps[i]!.dx && s.dy === steps[i]!.dy && s.pen === steps[i]!.pen);
	return { lstm, whole, identical };
}

/** The first `length` steps of a real drawing in the model's units (a child's start). */
function prefixOf(drawing: SimplifiedDrawing, length: number): Stroke5[] | null {
	const steps = toStroke5(drawing, loaded().info.scaleFactor).slice(0, -1);
	return steps.length >= length ? steps.slice(0, length) : null;
}

/** Without real drawings: the start of one of the model's own drawings, long enough. */
function ownPrefix(length: number, seed: number): Stroke5[] | null {
	const m = loaded();
	for (let s = seed; s < seed + 50; s++) {
		const { steps } = sample(m, { temperature: 0.5, random: seededRandom(s) });
		if (steps.length > length) return steps.slice(0, length);
	}
	return null;
}

Object.assign(globalThis, { sketchBench: { load, draw, profile, prefixOf, ownPrefix } });
