import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSketchModel, SketchModelError, type SketchModel } from './model-file';
import { logLikelihood, sample } from './decoder';
import { fromStroke5, toStroke5 } from './stroke5';
import { parseQuickDraw } from '../doodle/quickdraw';
import { seededRandom } from '../doodle/random';
import { sharedDataDir } from '../doodle/testing/shared-data';

const dir = sharedDataDir();
const readModel = (name: string): unknown =>
	JSON.parse(readFileSync(join(dir!, 'sketch-rnn', `${name}.gen.json`), 'utf8'));

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
		for (const name of ['pig', 'sheep', 'dog', 'cat'])
			models[name] = parseSketchModel(readModel(name));
	});

	it('loads the decoder’s layout and says clearly what is wrong with a bad file', () => {
		const pig = models.pig!;
		expect(pig.info).toEqual({ name: 'pig', maxSeqLen: 168, scaleFactor: 70.0921 });
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

	it('gives pig, sheep and cat drawings from Quick, Draw! the highest likelihood under their own model', () => {
		const names = ['pig', 'sheep', 'cat'];
		for (const animal of names) {
			const drawings = parseQuickDraw(
				readFileSync(join(dir!, 'quickdraw', 'simplified-25-ndjson', `${animal}.ndjson`), 'utf8'),
				animal,
				10
			).drawings;
			const mean = (name: string) =>
				drawings.reduce(
					(sum, d) =>
						sum +
						logLikelihood(models[name]!, toStroke5(d.drawing, models[name]!.info.scaleFactor)),
					0
				) / drawings.length;
			const own = mean(animal);
			for (const other of names.filter((name) => name !== animal))
				expect(own, `${animal} drawings: own model vs ${other}`).toBeGreaterThan(
					mean(other) + 0.15
				);
		}
	}, 120_000);
});
