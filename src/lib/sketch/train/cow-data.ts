import { starterDrawing, starterMix, type DoodleItem } from '../../doodle/dataset';
import type { SimplifiedDrawing } from '../../doodle/strokes';
import { toStroke5 } from '../stroke5';
import type { Sequence } from './network';

/**
 * The cow model's training data: exactly the lab's built-in starter cows (training seeds, spotted
 * ones first, as `starterMix` picks them), in sketch-rnn's stroke-5 form.
 */
export function starterCows(count: number, spottedShare: number): DoodleItem[] {
	return starterMix({
		cows: count,
		spottedShare,
		horses: 0,
		pigs: 0,
		sheep: 0,
		plainCows: 'different'
	});
}

export function drawingsOf(items: readonly DoodleItem[]): SimplifiedDrawing[] {
	return items.map((item) => starterDrawing(item.key)!);
}

/** sketch-rnn's normalising scale: the standard deviation of every dx and dy in the data. */
export function scaleFactorOf(drawings: readonly SimplifiedDrawing[]): number {
	let n = 0;
	let sum = 0;
	let squares = 0;
	for (const drawing of drawings)
		for (const s of toStroke5(drawing, 1).slice(0, -1))
			for (const v of [s.dx, s.dy]) {
				n++;
				sum += v;
				squares += v * v;
			}
	const mean = sum / n;
	return Math.sqrt(squares / n - mean * mean);
}

/** A drawing as training steps (dx, dy in model units, then the pen), ending with the end state. */
export function sequenceOf(drawing: SimplifiedDrawing, scaleFactor: number): Sequence {
	const steps = toStroke5(drawing, scaleFactor);
	return {
		steps: Float32Array.from(steps.flatMap((s) => [s.dx, s.dy, s.pen])),
		length: steps.length
	};
}
