import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSketchModel } from './model-file';
import { sample, SketchRun } from './decoder';
import { padToDrawing, pathOf, stepsToStrokes, viewBoxOf } from './drawing';
import { aiDrawingSchema } from './artifact';
import { drawingScale, toStroke5 } from './stroke5';
import { seededRandom } from '../doodle/random';

// The project's own model ships in static/: these tests need no shared data.
const cow = parseSketchModel(JSON.parse(readFileSync('static/sketch-rnn/cow.gen.json', 'utf8')));

describe('drawing with a model a few steps at a time', () => {
	it('makes exactly the drawing sample() makes, whatever the slices', () => {
		for (const seed of [1, 2, 3]) {
			const whole = sample(cow, { temperature: 0.5, random: seededRandom(seed) });
			const run = new SketchRun(cow, { temperature: 0.5, random: seededRandom(seed) });
			let slices = 0;
			while (!run.advance(3)) slices++;
			expect(run.steps).toEqual(whole.steps);
			expect(run.cut).toBe(whole.cut);
			expect(slices).toBeGreaterThan(0);
		}
	});

	it('finishes a started drawing as sample() does, and is cut at max_seq_len', () => {
		const started = padToDrawing([
			{ x: [300, 700, 700, 300, 300], y: [400, 400, 600, 600, 400], t: [0, 1, 2, 3, 4] }
		]);
		const prefix = toStroke5(started, drawingScale(cow.info)).slice(0, -1);
		const options = { temperature: 0.7, prefix };
		const whole = sample(cow, { ...options, random: seededRandom(5) });
		const run = new SketchRun(cow, { ...options, random: seededRandom(5) });
		while (!run.advance(4));
		expect(run.steps).toEqual(whole.steps);
		const short = new SketchRun(cow, { ...options, random: seededRandom(5), maxSteps: 8 });
		while (!short.advance(100));
		expect(short.cut).toBe(true);
		expect(prefix.length + short.steps.length).toBe(8);
		expect(short.steps.at(-1)!.pen).toBe(2);
	});
});

describe('drawings on the page', () => {
	it('reads the pad as a 0-255 page without moving or stretching the drawing', () => {
		const drawing = padToDrawing([{ x: [100, 200, 300], y: [100, 100, 100], t: [0, 10, 20] }]);
		// A straight line keeps its two ends only, scaled from 0-1000 to 0-255 and not moved.
		expect(drawing).toEqual([
			[
				[25.5, 76.5],
				[25.5, 25.5]
			]
		]);
	});

	it('turns the model’s moves into strokes, lifting the pen where the model lifts it', () => {
		const steps = [
			{ dx: 1, dy: 0, pen: 0 as const },
			{ dx: 1, dy: 0, pen: 1 as const },
			{ dx: 0, dy: 1, pen: 0 as const },
			{ dx: 0, dy: 1, pen: 1 as const },
			{ dx: 0, dy: 0, pen: 2 as const }
		];
		// From scratch the pen starts down at the origin.
		expect(stepsToStrokes(steps, 10)).toEqual([
			{ by: 'ai', x: [0, 10, 20], y: [0, 0, 0] },
			{ by: 'ai', x: [20, 20], y: [10, 20] }
		]);
		// After a child's stroke the pen has just been lifted: no line from where the child stopped.
		expect(stepsToStrokes(steps, 10, { x: 100, y: 100 }, false)).toEqual([
			{ by: 'ai', x: [110, 120], y: [100, 100] },
			{ by: 'ai', x: [120, 120], y: [110, 120] }
		]);
	});

	it('draws a tap (one point) as a dot', () => {
		expect(pathOf({ x: [1, 2], y: [3, 4] })).toBe('M1 3L2 4');
		expect(pathOf({ x: [5], y: [6] })).toBe('M5 6l0 0');
	});

	it('frames a drawing in a square around it', () => {
		expect(viewBoxOf([{ x: [0, 100], y: [0, 50] }], 10)).toBe('-10 -35 120 120');
		expect(viewBoxOf([])).toBe('0 0 255 255');
	});

	it('checks a saved drawing before it reaches the gallery', () => {
		const good = {
			model: 'cow',
			temperature: 0.4,
			finished: true,
			strokes: [
				{ by: 'student', x: [0, 10], y: [0, 10] },
				{ by: 'ai', x: [10, 20, 30], y: [10, 0, 5] }
			]
		};
		expect(aiDrawingSchema.safeParse(good).success).toBe(true);
		const bad = [
			{ ...good, model: '../etc' },
			{ ...good, temperature: 9 },
			{ ...good, strokes: [] },
			{ ...good, strokes: [{ by: 'ai', x: [1, 2], y: [1] }] },
			{ ...good, strokes: [{ by: 'robot', x: [1], y: [1] }] },
			{ ...good, strokes: [{ by: 'ai', x: [Number.NaN], y: [1] }] },
			{
				...good,
				strokes: Array.from({ length: 5 }, () => ({
					by: 'ai',
					x: Array(1000).fill(1),
					y: Array(1000).fill(1)
				}))
			}
		];
		for (const data of bad) expect(aiDrawingSchema.safeParse(data).success).toBe(false);
	});
});
