import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSketchModel, SketchModelError, type SketchModel } from './model-file';
import { initialState, logLikelihood, mixture, sample, START, step } from './decoder';
import { drawingScale, fromStroke5, toStroke5 } from './stroke5';
import reference from './testing/magenta-reference.json';
import { parseQuickDraw } from '../doodle/quickdraw';
import { seededRandom } from '../doodle/random';
import { sharedDataDir } from '../doodle/testing/shared-data';

const dir = sharedDataDir();
const readModel = (name: string): unknown =>
	JSON.parse(readFileSync(join(dir!, 'sketch-rnn', `${name}.gen.json`), 'utf8'));
const ANIMALS = ['pig', 'sheep', 'dog', 'cat'];

/** The first `count` drawings of an animal in the official simplified ndjson sample. */
const quickDraw = (animal: string, count: number) =>
	parseQuickDraw(
		readFileSync(join(dir!, 'quickdraw', 'simplified-25-ndjson', `${animal}.ndjson`), 'utf8'),
		animal,
		count
	).drawings.map((d) => d.drawing);

/** Float32 against the reference's seven significant digits. */
function expectClose(actual: number[], expected: number[], what: string) {
	expect(actual.length, what).toBe(expected.length);
	const worst = Math.max(
		...actual.map((v, i) => Math.abs(v - expected[i]!) / Math.max(1, Math.abs(expected[i]!)))
	);
	expect(worst, what).toBeLessThan(2e-4);
}

describe('sketch-rnn drawings in stroke-5', () => {
	it('turns a drawing into offsets with pen states and back', () => {
		const drawing: [number[], number[]][] = [
			[
				[0, 10, 20],
				[0, 0, 10]
			],
			[
				[30, 30],
				[5, 25]
			]
		];
		const steps = toStroke5(drawing, 10);
		expect(steps).toEqual([
			{ dx: 1, dy: 0, pen: 0 },
			{ dx: 1, dy: 1, pen: 1 },
			{ dx: 1, dy: -0.5, pen: 0 },
			{ dx: 0, dy: 2, pen: 1 },
			{ dx: 0, dy: 0, pen: 2 }
		]);
		expect(fromStroke5(steps, 10)).toEqual([
			{ x: [0, 10, 20], y: [0, 0, 10] },
			{ x: [30, 30], y: [5, 25] }
		]);
	});
});

describe.runIf(dir)('Magenta’s sketch-rnn models', () => {
	const models: Record<string, SketchModel> = {};
	beforeAll(() => {
		for (const name of ANIMALS) models[name] = parseSketchModel(readModel(name));
	});

	it('loads the decoder’s layout and says clearly what is wrong with a bad file', () => {
		const pig = models.pig!;
		expect(pig.info).toEqual({ name: 'pig', maxSeqLen: 168, scaleFactor: 70.0921, pixelFactor: 2 });
		expect([pig.hidden, pig.mixtures, pig.kernel.length]).toEqual([512, 20, 517 * 2048]);
		const json = readModel('sheep') as [unknown, unknown, string[]];
		const truncated = [
			json[0],
			json[1],
			[...json[2].slice(0, 3), json[2][3]!.slice(0, 5000), json[2][4]]
		];
		expect(() => parseSketchModel(truncated)).toThrow(/truncated or damaged/);
		const missing = [json[0], json[1], json[2].slice(0, 4)];
		expect(() => parseSketchModel(missing)).toThrow(/Unknown model layout/);
		const otherLayout = [json[0], [[512, 123], [123], [7, 2048], [512, 2048], [2048]], json[2]];
		expect(() => parseSketchModel(otherLayout)).toThrow(/Unknown model layout/);
		expect(() => parseSketchModel({ weights: [] })).toThrow(SketchModelError);
		expect(() => parseSketchModel([{}, json[1], json[2]])).toThrow(/max_seq_len/);
	});

	it('samples drawings that end within max_seq_len, reproducibly from a seed, and finishes a started one', () => {
		const pig = models.pig!;
		for (const seed of [1, 2, 3]) {
			const { steps, cut } = sample(pig, { temperature: 0.8, random: seededRandom(seed) });
			expect(steps.length).toBeLessThanOrEqual(pig.info.maxSeqLen);
			expect(steps.at(-1)!.pen).toBe(2);
			expect(steps.slice(0, -1).every((s) => s.pen !== 2)).toBe(true);
			expect(typeof cut).toBe('boolean');
			expect(sample(pig, { temperature: 0.8, random: seededRandom(seed) }).steps).toEqual(steps);
		}
		const prefix = toStroke5(
			[
				[
					[50, 150, 150, 50, 50],
					[50, 50, 150, 150, 50]
				]
			],
			pig.info.scaleFactor
		).slice(0, -1);
		const finished = sample(pig, { temperature: 0.8, random: seededRandom(9), prefix });
		expect(prefix.length + finished.steps.length).toBeLessThanOrEqual(pig.info.maxSeqLen);
		expect(finished.steps.at(-1)!.pen).toBe(2);
		// Too little room: the drawing is cut, and says so.
		const short = sample(pig, { temperature: 0.8, random: seededRandom(9), maxSteps: 5 });
		expect(short).toMatchObject({ cut: true });
		expect(short.steps).toHaveLength(5);
	});

	it('computes what Magenta’s own implementation computes, number for number', () => {
		// Recorded by scripts/sketch-rnn-reference.js with @magenta/sketch on TensorFlow.js 1.x.
		for (const { model: name, drawing, pdfs } of reference.cases) {
			const model = models[name]!;
			const animal = drawing.split('.')[0]!;
			const first = quickDraw(animal, 1)[0]!;
			// Magenta's reference ran with pixel factor 1: offsets divided by the scale factor itself.
			const steps = toStroke5(first, model.info.scaleFactor).slice(0, reference.steps);
			let state = step(model, initialState(model), START);
			for (let i = 0; i <= reference.steps; i++) {
				const expected = pdfs.find((pdf) => pdf.after === i);
				if (expected) {
					const ours = mixture(model, state, 1);
					const where = `${name} model, ${drawing}, after ${i} steps`;
					for (const key of ['pen', 'pi', 'muX', 'muY', 'sigmaX', 'sigmaY', 'corr'] as const)
						expectClose(Array.from(ours[key]), expected[key], `${where}: ${key}`);
					expectClose(Array.from(state.h.subarray(0, 16)), expected.h, `${where}: h`);
				}
				if (i < reference.steps) state = step(model, state, steps[i]!);
			}
		}
	});

	it('ends sampled drawings with the end state within max_seq_len', () => {
		for (const name of ANIMALS) {
			const model = models[name]!;
			let ended = 0;
			for (let seed = 1; seed <= 12; seed++) {
				const { steps, cut } = sample(model, { temperature: 1, random: seededRandom(seed) });
				expect(steps.length).toBeLessThanOrEqual(model.info.maxSeqLen);
				expect(steps.at(-1)!.pen).toBe(2);
				if (!cut) ended++;
			}
			// At its own temperature the model ends nearly every drawing by itself, as people did.
			expect(ended, `${name}: drawings ended by the model`).toBeGreaterThanOrEqual(9);
		}
	}, 60_000);

	it('scores real Quick, Draw! drawings of its own animal highest', () => {
		const drawings = Object.fromEntries(ANIMALS.map((animal) => [animal, quickDraw(animal, 20)]));
		// score[animal][model]: average log-likelihood per step of that animal's drawings.
		const score = Object.fromEntries(
			ANIMALS.map((animal) => [
				animal,
				Object.fromEntries(
					ANIMALS.map((name) => {
						const model = models[name]!;
						const scale = drawingScale(model.info);
						const total = drawings[animal]!.reduce(
							(sum, d) => sum + logLikelihood(model, toStroke5(d, scale)),
							0
						);
						return [name, total / drawings[animal]!.length];
					})
				)
			])
		) as Record<string, Record<string, number>>;
		// Pig, sheep and cat drawings: their own model beats every other model outright.
		for (const animal of ['pig', 'sheep', 'cat'])
			for (const other of ANIMALS.filter((name) => name !== animal))
				expect(
					score[animal]![animal],
					`${animal} drawings: ${animal} vs ${other} model`
				).toBeGreaterThan(score[animal]![other]! + 0.15);
		// Magenta's dog model is the broadest of the four: it scores every animal's drawings lower
		// than the other models do, dogs included (it computes what Magenta's code computes, above).
		// What it learned shows in how much it loses: least on dogs. Each model's lift (its score
		// minus the other three models' average) is highest on its own animal's drawings.
		const lift = (animal: string, name: string) =>
			score[animal]![name]! -
			ANIMALS.filter((other) => other !== name).reduce(
				(sum, other) => sum + score[animal]![other]!,
				0
			) /
				3;
		for (const name of ANIMALS)
			for (const animal of ANIMALS.filter((other) => other !== name))
				expect(
					lift(name, name),
					`${name} model: lift on ${name} vs ${animal} drawings`
				).toBeGreaterThan(lift(animal, name) + 0.15);
	}, 180_000);
});
