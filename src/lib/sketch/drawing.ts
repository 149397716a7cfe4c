import { boundsOf, rdp, resample, type RawStroke, type SimplifiedDrawing } from '../doodle/strokes';
import type { Stroke5 } from './decoder';

/** A stroke of a finished drawing, in simplified-drawing units, and who drew it. */
export interface SketchStroke {
	by: 'student' | 'ai';
	x: number[];
	y: number[];
}

/**
 * What a child drew on the pad (0-`padSize` on both axes) in the units of a simplified Quick,
 * Draw! drawing: the pad is a 0-255 page, so a head drawn small stays small (no fit to the
 * corner), then resampled and simplified with Ramer-Douglas-Peucker (epsilon 2) as the dataset is.
 */
export function padToDrawing(strokes: readonly RawStroke[], padSize = 1000): SimplifiedDrawing {
	const scale = 255 / padSize;
	return strokes
		.filter((stroke) => stroke.x.length > 0 && stroke.x.length === stroke.y.length)
		.map((stroke) => {
			const points = stroke.x.map((x, i) => ({ x: x * scale, y: stroke.y[i]! * scale }));
			const simplified = rdp(resample(points, 1), 2);
			return [
				simplified.map((p) => Math.round(p.x * 10) / 10),
				simplified.map((p) => Math.round(p.y * 10) / 10)
			];
		});
}

/**
 * The model's steps as strokes, starting at `start` (the end of the child's last stroke, or the
 * origin). `penDown` says whether the pen touches the paper at the start: sketch-rnn's start input
 * has it down; after a child's stroke it has just been lifted.
 */
export function stepsToStrokes(
	steps: readonly Stroke5[],
	scale: number,
	start = { x: 0, y: 0 },
	penDown = true
): SketchStroke[] {
	const strokes: SketchStroke[] = [];
	let x = start.x;
	let y = start.y;
	let current: SketchStroke = penDown ? { by: 'ai', x: [x], y: [y] } : { by: 'ai', x: [], y: [] };
	for (const s of steps) {
		if (s.pen === 2) break;
		x += s.dx * scale;
		y += s.dy * scale;
		current.x.push(round(x));
		current.y.push(round(y));
		if (s.pen === 1) {
			strokes.push(current);
			current = { by: 'ai', x: [], y: [] };
		}
	}
	strokes.push(current);
	return strokes.filter((stroke) => stroke.x.length > 1);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The box around every point, with a margin, as an SVG viewBox. */
export function viewBoxOf(strokes: readonly { x: number[]; y: number[] }[], margin = 10): string {
	const { minX, minY, maxX, maxY } = boundsOf(strokes);
	if (minX === Infinity) return '0 0 255 255';
	// Square, so the drawing keeps its proportions whatever its shape.
	const size = Math.max(maxX - minX, maxY - minY, 40) + 2 * margin;
	const x = (minX + maxX) / 2 - size / 2;
	const y = (minY + maxY) / 2 - size / 2;
	return [x, y, size, size].map((v) => round(v)).join(' ');
}

/** An SVG path through a stroke's points; a single point (a tap: an eye, a spot) shows as a dot. */
export function pathOf(stroke: { x: number[]; y: number[] }): string {
	const d = stroke.x.map((x, i) => `${i ? 'L' : 'M'}${x} ${stroke.y[i]}`).join('');
	return stroke.x.length === 1 ? `${d}l0 0` : d;
}
