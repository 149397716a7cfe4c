import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../doodle/random';
import { SequenceTrainer, initialParameters, layoutOf, outputLoss, type Sequence } from './network';

/** A short drawing in model units: two strokes, pen lifted between them, then the end state. */
function drawing(seed: number, length: number): Sequence {
	const random = seededRandom(seed);
	const steps = new Float32Array(length * 3);
	for (let t = 0; t < length; t++) {
		steps[t * 3] = (random() - 0.5) * 1.5;
		steps[t * 3 + 1] = (random() - 0.5) * 1.5;
		steps[t * 3 + 2] = t === length - 1 ? 2 : t === Math.floor(length / 2) ? 1 : 0;
	}
	return { steps, length };
}

/** Central differences on the Float32 parameters, using the values the array really holds. */
function numericGradient(
	loss: (params: Float32Array) => number,
	params: Float32Array,
	index: number,
	epsilon: number
): number {
	const original = params[index]!;
	params[index] = original + epsilon;
	const up = params[index]!;
	const lossUp = loss(params);
	params[index] = original - epsilon;
	const down = params[index]!;
	const lossDown = loss(params);
	params[index] = original;
	return (lossUp - lossDown) / (up - down);
}

function expectClose(analytic: number, numeric: number, label: string) {
	const tolerance = 2e-3 + 2e-2 * Math.max(Math.abs(analytic), Math.abs(numeric));
	expect(
		Math.abs(analytic - numeric),
		`${label}: analytic ${analytic}, numeric ${numeric}`
	).toBeLessThanOrEqual(tolerance);
}

describe('the sketch-rnn trainer (hand-written backward pass)', () => {
	it('gives the same gradient as finite differences for every parameter of a small decoder', () => {
		const layout = layoutOf({ hidden: 4, mixtures: 2 });
		const params = initialParameters(layout, 7);
		// Non-zero biases and a livelier output layer, so every gate and mixture term matters.
		const random = seededRandom(11);
		for (let i = 0; i < layout.size; i++) params[i]! += (random() - 0.5) * 0.6;
		const sequence = drawing(3, 7);
		const trainer = new SequenceTrainer(layout);
		const scratch = new Float32Array(layout.size);
		const loss = (p: Float32Array) => {
			scratch.fill(0);
			return trainer.accumulate(p, sequence, 1, scratch);
		};

		const grads = new Float32Array(layout.size);
		trainer.accumulate(params, sequence, 1, grads);

		let checked = 0;
		let nonZero = 0;
		for (let index = 0; index < layout.size; index++) {
			const numeric = numericGradient(loss, params, index, 1e-3);
			expectClose(grads[index]!, numeric, `parameter ${index}`);
			checked++;
			if (Math.abs(numeric) > 1e-3) nonZero++;
		}
		expect(checked).toBe(layout.size);
		// The check means something only if most parameters do move the loss.
		expect(nonZero).toBeGreaterThan(layout.size * 0.8);
	});

	it('scales the gradient, not the loss, by the sequence weight', () => {
		const layout = layoutOf({ hidden: 3, mixtures: 2 });
		const params = initialParameters(layout, 5);
		const sequence = drawing(9, 5);
		const trainer = new SequenceTrainer(layout);
		const once = new Float32Array(layout.size);
		const half = new Float32Array(layout.size);
		const lossOnce = trainer.accumulate(params, sequence, 1, once);
		const lossHalf = trainer.accumulate(params, sequence, 0.5, half);
		expect(lossHalf).toBeCloseTo(lossOnce, 5);
		for (let i = 0; i < layout.size; i++) expect(half[i]!).toBeCloseTo(once[i]! / 2, 5);
	});

	it('matches finite differences at the output layer for offsets far from the mixture', () => {
		const mixtures = 3;
		const outputs = 3 + 6 * mixtures;
		const random = seededRandom(21);
		const y = new Float32Array(outputs).map(() => (random() - 0.5) * 2);
		const target = { dx: 2.5, dy: -1.75, pen: 0 };
		const dy = new Float32Array(outputs);
		outputLoss(y, target, mixtures, 1, dy);
		const scratch = new Float32Array(outputs);
		for (let q = 0; q < outputs; q++) {
			const numeric = numericGradient(
				(values) => outputLoss(values, target, mixtures, 1, scratch),
				y,
				q,
				1e-3
			);
			expectClose(dy[q]!, numeric, `output ${q}`);
		}
	});
});
