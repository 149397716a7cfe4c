/**
 * How close generated points are to the real ones: the divergence GAN Lab charts, and a plain
 * "fitted" test (most generated points near real ones, and most real ones covered, so a
 * generator that piles every point on one spot does not count as fitted).
 */
const BINS = 20;

function histogram(points: Float32Array): Float64Array {
	const counts = new Float64Array(BINS * BINS);
	const n = points.length / 2;
	for (let i = 0; i < n; i++) {
		const col = Math.floor(((points[i * 2]! + 1) / 2) * BINS);
		const row = Math.floor(((points[i * 2 + 1]! + 1) / 2) * BINS);
		// Points outside the square count in its edge cells.
		const c = Math.min(BINS - 1, Math.max(0, col));
		const r = Math.min(BINS - 1, Math.max(0, row));
		counts[r * BINS + c]! += 1 / n;
	}
	return counts;
}

/** Jensen–Shannon divergence (in bits, 0 to 1) between two point sets, on a 20 × 20 grid. */
export function jsDivergence(real: Float32Array, generated: Float32Array): number {
	const p = histogram(real);
	const q = histogram(generated);
	let js = 0;
	for (let k = 0; k < p.length; k++) {
		const m = (p[k]! + q[k]!) / 2;
		if (p[k]! > 0) js += 0.5 * p[k]! * Math.log2(p[k]! / m);
		if (q[k]! > 0) js += 0.5 * q[k]! * Math.log2(q[k]! / m);
	}
	return Math.max(0, js);
}

function nearestDistances(from: Float32Array, to: Float32Array): Float64Array {
	const out = new Float64Array(from.length / 2);
	for (let i = 0; i < out.length; i++) {
		let best = Infinity;
		for (let j = 0; j < to.length; j += 2) {
			const d = (from[i * 2]! - to[j]!) ** 2 + (from[i * 2 + 1]! - to[j + 1]!) ** 2;
			if (d < best) best = d;
		}
		out[i] = Math.sqrt(best);
	}
	return out;
}

export interface Fit {
	/** Share of generated points within `radius` of a real point. */
	precision: number;
	/** Share of real points with a generated point within `radius`. */
	coverage: number;
}

export function fitOf(real: Float32Array, generated: Float32Array, radius = 0.1): Fit {
	const share = (distances: Float64Array) =>
		distances.reduce((sum, d) => sum + (d <= radius ? 1 : 0), 0) / distances.length;
	return {
		precision: share(nearestDistances(generated, real)),
		coverage: share(nearestDistances(real, generated))
	};
}

/** Fitted: nine in ten generated points near the data, and nine in ten real points covered. */
export const isFitted = (fit: Fit) => fit.precision >= 0.9 && fit.coverage >= 0.9;
