import type { SimplifiedDrawing } from '../doodle/strokes';
import type { Stroke5 } from './decoder';
import type { SketchModelInfo } from './model-file';

/** Units of a simplified (0-255) drawing per unit of the model's offsets. */
export function drawingScale(info: Pick<SketchModelInfo, 'scaleFactor' | 'pixelFactor'>): number {
	return info.scaleFactor / info.pixelFactor;
}

/**
 * A drawing in Quick, Draw!'s simplified form as sketch-rnn sees it: offsets between successive
 * points (the first point is the origin), divided by the model's scale factor, pen up after the
 * last point of each stroke, then the end state. As sketch-rnn's own `lines_to_strokes`.
 */
export function toStroke5(drawing: SimplifiedDrawing, scaleFactor: number): Stroke5[] {
	const points: { x: number; y: number; last: boolean }[] = [];
	for (const [xs, ys] of drawing)
		xs.forEach((x, i) => points.push({ x, y: ys[i]!, last: i === xs.length - 1 }));
	const steps: Stroke5[] = [];
	for (let i = 1; i < points.length; i++)
		steps.push({
			dx: (points[i]!.x - points[i - 1]!.x) / scaleFactor,
			dy: (points[i]!.y - points[i - 1]!.y) / scaleFactor,
			pen: points[i]!.last ? 1 : 0
		});
	steps.push({ dx: 0, dy: 0, pen: 2 });
	return steps;
}

/** Steps back to strokes of absolute points (in the drawing's units), starting at `start`. */
export function fromStroke5(
	steps: readonly Stroke5[],
	scaleFactor: number,
	start = { x: 0, y: 0 }
): { x: number[]; y: number[] }[] {
	const strokes: { x: number[]; y: number[] }[] = [];
	let x = start.x;
	let y = start.y;
	let current = { x: [x], y: [y] };
	for (const s of steps) {
		if (s.pen === 2) break;
		x += s.dx * scaleFactor;
		y += s.dy * scaleFactor;
		current.x.push(x);
		current.y.push(y);
		if (s.pen === 1) {
			strokes.push(current);
			current = { x: [], y: [] };
		}
	}
	if (current.x.length > 1) strokes.push(current);
	return strokes.filter((stroke) => stroke.x.length > 0);
}
