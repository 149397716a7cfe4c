import { describe, expect, it } from 'vitest';
import { seededRandom } from '../doodle/random';
import {
	DATASETS,
	RING,
	ShapeError,
	datasetPoints,
	drawnPoints,
	type ShapeProblem
} from './datasets';
import { fitOf, isFitted, jsDivergence } from './fit';
import { Gan2d } from './gan2d';
import { backward, createMlp, forward, normalFrom } from './mlp';

describe('the small network’s backward pass', () => {
	it('matches finite differences for every weight, bias and input', () => {
		const net = createMlp([2, 5, 4, 3], normalFrom(seededRandom(7)));
		const input = Float32Array.from([0.3, -0.7, 0.9, 0.1, -0.2, 0.5]);
		// Loss: a fixed weighted sum of the outputs.
		const weights = Float32Array.from({ length: 9 }, (_, k) => Math.sin(k + 1));
		const loss = () =>
			forward(net, input, 3).output.reduce((sum, v, k) => sum + v * weights[k]!, 0);
		const grads = backward(net, forward(net, input, 3), weights);
		const h = 1e-3;
		const check = (values: Float32Array, analytic: Float32Array) => {
			for (let k = 0; k < values.length; k++) {
				const keep = values[k]!;
				values[k] = keep + h;
				const up = loss();
				values[k] = keep - h;
				const down = loss();
				values[k] = keep;
				expect(analytic[k]!).toBeCloseTo((up - down) / (2 * h), 2);
			}
		};
		net.weights.forEach((w, l) => check(w, grads.weights[l]!));
		net.biases.forEach((b, l) => check(b, grads.biases[l]!));
		check(input, grads.input);
	});
});

describe('a GAN step', () => {
	const ring = datasetPoints('ring', seededRandom(1));

	it('lowers the discriminator’s loss on a fixed batch when only it trains', () => {
		const gan = new Gan2d(ring);
		const real = gan.realBatch(150);
		const fake = gan.generate(gan.noise(150));
		const first = gan.discriminatorStep(real, fake);
		let last = first;
		for (let i = 0; i < 100; i++) last = gan.discriminatorStep(real, fake);
		expect(last).toBeLessThan(first * 0.7);
	});

	it('lowers the generator’s loss on fixed noise when only it trains', () => {
		const gan = new Gan2d(ring);
		for (let i = 0; i < 20; i++) gan.discriminatorStep();
		const noise = gan.noise(150);
		const first = gan.generatorStep(noise);
		let last = first;
		for (let i = 0; i < 30; i++) last = gan.generatorStep(noise);
		expect(last).toBeLessThan(first * 0.8);
	});

	it('starts the same way from the same seed, and otherwise differently', () => {
		const a = new Gan2d(ring, { seed: 3 });
		const b = new Gan2d(ring, { seed: 3 });
		const c = new Gan2d(ring, { seed: 4 });
		for (let i = 0; i < 5; i++) [a, b, c].forEach((gan) => gan.iteration());
		const noise = Float32Array.of(0.1, 0.2, -0.5, 0.4);
		expect([...a.generate(noise)]).toEqual([...b.generate(noise)]);
		expect([...a.generate(noise)]).not.toEqual([...c.generate(noise)]);
	});
});

describe('a GAN on the ring', () => {
	it('fits the ring within 800 iterations, with most generated points near it and the divergence halved', () => {
		const ring = datasetPoints('ring', seededRandom(1));
		const gan = new Gan2d(ring);
		const sample = () => gan.generate(gan.noise(500));
		const before = jsDivergence(ring, sample());
		let fittedAt: number | null = null;
		for (let i = 1; i <= 800; i++) {
			gan.iteration();
			if (fittedAt === null && i % 50 === 0 && isFitted(fitOf(ring, sample()))) fittedAt = i;
		}
		const points = sample();
		let near = 0;
		for (let i = 0; i < points.length; i += 2)
			if (Math.abs(Math.hypot(points[i]!, points[i + 1]!) - RING.radius) < 0.1) near++;
		console.log(`ring fitted after ${fittedAt} iterations; ${near / 5}% of points near the ring`);
		expect(fittedAt).not.toBeNull();
		expect(near / 500).toBeGreaterThanOrEqual(0.8);
		expect(jsDivergence(ring, points)).toBeLessThan(before / 2);
	});

	it('draws a heat map of the discriminator and arrows for the generated points', () => {
		const gan = new Gan2d(datasetPoints('two-blobs', seededRandom(2)));
		for (let i = 0; i < 50; i++) gan.iteration();
		const map = gan.heatmap(30);
		expect(map).toHaveLength(900);
		expect(map.every((v) => v >= 0 && v <= 1)).toBe(true);
		const points = gan.generate(gan.noise(10));
		const arrows = gan.arrows(points);
		expect(arrows).toHaveLength(20);
		const lengths = Array.from({ length: 10 }, (_, i) =>
			Math.hypot(arrows[i * 2]!, arrows[i * 2 + 1]!)
		);
		expect(Math.max(...lengths)).toBeCloseTo(1, 5);
	});
});

describe('the datasets', () => {
	it('keeps every named dataset inside the square, the same for the same seed', () => {
		for (const name of DATASETS) {
			const points = datasetPoints(name, seededRandom(5));
			expect(points).toHaveLength(2000);
			expect(points.every((v) => v > -1 && v < 1)).toBe(true);
			expect([...points]).toEqual([...datasetPoints(name, seededRandom(5))]);
		}
	});

	it('turns a drawn shape into points along it, scaled into the square and the right way up', () => {
		const points = drawnPoints(
			[
				{ x: [100, 300], y: [400, 400] },
				{ x: [200, 200], y: [400, 200] }
			],
			seededRandom(1)
		);
		expect(points.every((v) => v >= -1 && v <= 1)).toBe(true);
		// The horizontal stroke was the lowest on the screen (largest y): it is at the bottom, and
		// half the points lie on it; the upper half of the vertical stroke holds a quarter.
		let bottom = 0;
		let above = 0;
		for (let i = 1; i < points.length; i += 2) {
			if (points[i]! < -0.7) bottom++;
			if (points[i]! > 0) above++;
		}
		expect(bottom).toBeGreaterThan(420);
		expect(above).toBeGreaterThan(200);
		expect(above).toBeLessThan(300);
	});

	it('refuses a shape it cannot use, with a message for the student', () => {
		const bad: [unknown, RegExp, ShapeProblem][] = [
			[[], /Draw a shape first/, 'empty'],
			[null, /Draw a shape first/, 'empty'],
			[[{ x: [5], y: [5] }], /not a single dot/, 'dot'],
			[[{ x: [5, 5, 5], y: [5, 5, 5] }], /not a single dot/, 'dot'],
			[[{ x: [1, 2], y: [1] }], /not one the GAN can read/, 'unreadable'],
			[[{ x: [1, Number.NaN], y: [1, 2] }], /not one the GAN can read/, 'unreadable'],
			[[{ x: ['1', 2], y: [1, 2] }], /not one the GAN can read/, 'unreadable'],
			[
				Array.from({ length: 51 }, () => ({ x: [1, 2], y: [1, 2] })),
				/at most 50 strokes/,
				'strokes'
			],
			[
				[
					{
						x: Array.from({ length: 5001 }, (_, i) => i),
						y: Array.from({ length: 5001 }, (_, i) => i)
					}
				],
				/at most 5000 points/,
				'points'
			]
		];
		for (const [shape, message, problem] of bad) {
			expect(() => drawnPoints(shape, seededRandom(1))).toThrow(ShapeError);
			expect(() => drawnPoints(shape, seededRandom(1))).toThrow(message);
			expect(() => drawnPoints(shape, seededRandom(1))).toThrow(
				expect.objectContaining({ problem })
			);
		}
	});
});
