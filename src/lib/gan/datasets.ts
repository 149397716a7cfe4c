import { normalFrom } from './mlp';

/**
 * The 2-D GAN's real data: points in the square from -1 to 1, as GAN Lab's datasets are (a ring,
 * two blobs, a line, three clusters) plus a shape a student draws with a finger.
 */
export type DatasetName = 'ring' | 'two-blobs' | 'line' | 'three-clusters' | 'drawn';
export const DATASETS: readonly Exclude<DatasetName, 'drawn'>[] = [
	'ring',
	'two-blobs',
	'line',
	'three-clusters'
];

/** How many real points a dataset holds. */
export const DATASET_POINTS = 1000;
export const RING = { radius: 0.6, width: 0.03 };

/** Why a shape cannot be a dataset: the page shows the student a message for each. */
export const SHAPE_PROBLEMS = [
	'empty',
	'strokes',
	'points',
	'unreadable',
	'dot',
	'dataset'
] as const;
export type ShapeProblem = (typeof SHAPE_PROBLEMS)[number];
export const isShapeProblem = (value: unknown): value is ShapeProblem =>
	SHAPE_PROBLEMS.includes(value as ShapeProblem);

export class ShapeError extends Error {
	constructor(
		readonly problem: ShapeProblem,
		message: string
	) {
		super(message);
	}
}

/** Points (x0, y0, x1, y1, …) of a named dataset, the same for the same seed. */
export function datasetPoints(name: Exclude<DatasetName, 'drawn'>, uniform: () => number) {
	const normal = normalFrom(uniform);
	const points = new Float32Array(DATASET_POINTS * 2);
	const put = (i: number, x: number, y: number) => {
		points[i * 2] = x;
		points[i * 2 + 1] = y;
	};
	for (let i = 0; i < DATASET_POINTS; i++) {
		switch (name) {
			case 'ring': {
				const angle = uniform() * 2 * Math.PI;
				const r = RING.radius + normal() * RING.width;
				put(i, r * Math.cos(angle), r * Math.sin(angle));
				break;
			}
			case 'two-blobs': {
				const [cx, cy] = i % 2 ? [0.45, 0.4] : [-0.45, -0.35];
				put(i, cx + normal() * 0.08, cy + normal() * 0.08);
				break;
			}
			case 'line': {
				const t = uniform() * 2 - 1;
				put(i, 0.7 * t + normal() * 0.02, 0.45 * t + normal() * 0.02);
				break;
			}
			case 'three-clusters': {
				const k = i % 3;
				const angle = Math.PI / 2 + (k * 2 * Math.PI) / 3;
				put(i, 0.55 * Math.cos(angle) + normal() * 0.06, 0.55 * Math.sin(angle) + normal() * 0.06);
				break;
			}
		}
	}
	return points;
}

/** A drawn shape as it arrives: strokes of screen points (any scale), from the pad or a file. */
export type DrawnStrokes = { x: number[]; y: number[] }[];

export const SHAPE_LIMITS = { strokes: 50, points: 5000, minimumLength: 0.05 };

/**
 * Real points spread evenly along the strokes a student drew, with a little noise: the shape is
 * scaled into the square (keeping its proportions) and flipped so that up on the screen is up.
 * A shape that cannot make a dataset (no strokes, a single point, too many points, numbers that
 * are not numbers) throws a ShapeError with a message for the student.
 */
export function drawnPoints(strokes: unknown, uniform: () => number): Float32Array {
	if (!Array.isArray(strokes) || strokes.length === 0)
		throw new ShapeError('empty', 'Draw a shape first: a line, a loop, anything.');
	if (strokes.length > SHAPE_LIMITS.strokes)
		throw new ShapeError('strokes', `A shape can have at most ${SHAPE_LIMITS.strokes} strokes.`);
	let total = 0;
	const clean: { x: number[]; y: number[] }[] = [];
	for (const stroke of strokes as unknown[]) {
		const { x, y } = (stroke ?? {}) as { x?: unknown; y?: unknown };
		if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.length === 0)
			throw new ShapeError('unreadable', 'This shape is not one the GAN can read.');
		if (![...x, ...y].every((v) => typeof v === 'number' && Number.isFinite(v)))
			throw new ShapeError('unreadable', 'This shape is not one the GAN can read.');
		total += x.length;
		if (total > SHAPE_LIMITS.points)
			throw new ShapeError('points', `A shape can have at most ${SHAPE_LIMITS.points} points.`);
		clean.push({ x: x as number[], y: y as number[] });
	}
	const xs = clean.flatMap((s) => s.x);
	const ys = clean.flatMap((s) => s.y);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const span = Math.max(maxX - minX, maxY - minY);
	if (!(span > 0)) throw new ShapeError('dot', 'Draw a line or a shape, not a single dot.');
	const scale = 1.6 / span;
	const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
	const segments: [number, number, number, number, number][] = [];
	let length = 0;
	for (const { x, y } of clean)
		for (let i = 1; i < x.length; i++) {
			const [ax, ay] = [(x[i - 1]! - cx) * scale, -(y[i - 1]! - cy) * scale];
			const [bx, by] = [(x[i]! - cx) * scale, -(y[i]! - cy) * scale];
			const d = Math.hypot(bx - ax, by - ay);
			if (d > 0) {
				segments.push([ax, ay, bx, by, d]);
				length += d;
			}
		}
	if (length < SHAPE_LIMITS.minimumLength)
		throw new ShapeError('dot', 'Draw a line or a shape, not a single dot.');
	const normal = normalFrom(uniform);
	const points = new Float32Array(DATASET_POINTS * 2);
	for (let i = 0; i < DATASET_POINTS; i++) {
		// A point at a uniformly random distance along the whole drawing.
		let at = uniform() * length;
		let k = 0;
		while (k < segments.length - 1 && at > segments[k]![4]) at -= segments[k++]![4];
		const [ax, ay, bx, by, d] = segments[k]!;
		const t = Math.min(1, at / d);
		points[i * 2] = ax + (bx - ax) * t + normal() * 0.02;
		points[i * 2 + 1] = ay + (by - ay) * t + normal() * 0.02;
	}
	return points;
}
