/**
 * Drawings as Quick, Draw! stores them, and the conversion from what a finger drew to its
 * "simplified" form. Plain TypeScript: used on the page, in the training worker and in tests.
 */

/** A stroke as the canvas records it: points in device pixels with times in milliseconds. */
export interface RawStroke {
	x: number[];
	y: number[];
	/** Milliseconds since the drawing's first point. */
	t: number[];
}

/** Quick, Draw!'s simplified stroke: `[[x0, x1, ...], [y0, y1, ...]]`, integers from 0 to 255. */
export type SimplifiedStroke = [number[], number[]];
export type SimplifiedDrawing = SimplifiedStroke[];

interface Point {
	x: number;
	y: number;
}

/** Ramer-Douglas-Peucker: keeps the points that lie further than `epsilon` from the chord. */
export function rdp(points: readonly Point[], epsilon: number): Point[] {
	if (points.length < 3) return [...points];
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [start, end] = stack.pop()!;
		const a = points[start]!;
		const b = points[end]!;
		const dx = b.x - a.x;
		const dy = b.y - a.y;
		const length = Math.hypot(dx, dy);
		let worst = -1;
		let worstDistance = 0;
		for (let i = start + 1; i < end; i++) {
			const p = points[i]!;
			const distance =
				length === 0
					? Math.hypot(p.x - a.x, p.y - a.y)
					: Math.abs(dy * p.x - dx * p.y + b.x * a.y - b.y * a.x) / length;
			if (distance > worstDistance) {
				worstDistance = distance;
				worst = i;
			}
		}
		if (worst !== -1 && worstDistance > epsilon) {
			keep[worst] = 1;
			stack.push([start, worst], [worst, end]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

/** Points along the stroke every `spacing` units (the first and last points are kept). */
export function resample(points: readonly Point[], spacing = 1): Point[] {
	// A single dot is a stroke from a point to itself, as in the dataset.
	if (points.length === 1) return [{ ...points[0]! }, { ...points[0]! }];
	if (points.length < 2) return [...points];
	const out: Point[] = [{ ...points[0]! }];
	let carried = 0;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1]!;
		const b = points[i]!;
		const segment = Math.hypot(b.x - a.x, b.y - a.y);
		if (segment === 0) continue;
		let along = spacing - carried;
		while (along <= segment) {
			const f = along / segment;
			out.push({ x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f });
			along += spacing;
		}
		carried = segment - (along - spacing);
	}
	const last = points[points.length - 1]!;
	const tail = out[out.length - 1]!;
	// A tap (a stroke that never moved) keeps its two ends, as in the dataset.
	if (out.length === 1 || tail.x !== last.x || tail.y !== last.y) out.push({ ...last });
	return out;
}

/** The smallest box around every point (Infinity and -Infinity when there are none). */
export function boundsOf(strokes: readonly { x: number[]; y: number[] }[]) {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const stroke of strokes)
		for (let i = 0; i < stroke.x.length; i++) {
			minX = Math.min(minX, stroke.x[i]!);
			maxX = Math.max(maxX, stroke.x[i]!);
			minY = Math.min(minY, stroke.y[i]!);
			maxY = Math.max(maxY, stroke.y[i]!);
		}
	return { minX, minY, maxX, maxY };
}

/**
 * The Quick, Draw! simplification, as its dataset documents it: align the drawing to the top-left
 * corner, scale it uniformly so the larger side is 255, resample every stroke at 1-unit spacing,
 * simplify with Ramer-Douglas-Peucker (epsilon 2), and round to integers.
 */
export function simplifyDrawing(
	strokes: readonly { x: number[]; y: number[] }[]
): SimplifiedDrawing {
	const usable = strokes.filter(
		(stroke) => stroke.x.length > 0 && stroke.x.length === stroke.y.length
	);
	if (usable.length === 0) return [];
	const { minX, minY, maxX, maxY } = boundsOf(usable);
	const size = Math.max(maxX - minX, maxY - minY);
	const scale = size > 0 ? 255 / size : 1;
	return usable.map((stroke) => {
		const points = stroke.x.map((x, i) => ({
			x: (x - minX) * scale,
			y: (stroke.y[i]! - minY) * scale
		}));
		const simplified = rdp(resample(points, 1), 2);
		return [
			simplified.map((p) => Math.round(p.x)),
			simplified.map((p) => Math.round(p.y))
		] as SimplifiedStroke;
	});
}
