import * as tf from '@tensorflow/tfjs-core';

/**
 * A 3×3 'same' convolution as one matrix product (nine shifted slices side by side, times a
 * [9·C, F] kernel), then ReLU. The WebAssembly backend has no gradient kernels for Conv2D, but it
 * has them for slicing, padding, concatenation and MatMul, so this trains there, and runs fast.
 */
export function conv3x3(x: tf.Tensor4D, w: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor4D {
	const [n, h, width, c] = x.shape;
	const padded = tf.pad(x, [
		[0, 0],
		[1, 1],
		[1, 1],
		[0, 0]
	]);
	const parts: tf.Tensor4D[] = [];
	for (let dy = 0; dy < 3; dy++)
		for (let dx = 0; dx < 3; dx++) parts.push(tf.slice(padded, [0, dy, dx, 0], [n, h, width, c]));
	const patches = tf.reshape(tf.concat(parts, 3), [n * h * width, 9 * c]);
	const out = tf.relu(tf.add(tf.matMul(patches, w), b));
	return tf.reshape(out, [n, h, width, w.shape[1]]);
}

export const pool = (x: tf.Tensor4D): tf.Tensor4D => tf.maxPool(x, 2, 2, 'valid');

export interface Extractor {
	words: string[];
	filters: [number, number, number];
	params: Record<'w1' | 'b1' | 'w2' | 'b2' | 'w3' | 'b3', tf.Tensor>;
}

/** Three conv + pool stages: 28×28 → 3×3×filters[2] features, flattened. */
export function features(ex: Extractor, input: tf.Tensor4D): tf.Tensor2D {
	const p = ex.params;
	let h = pool(conv3x3(input, p.w1 as tf.Tensor2D, p.b1 as tf.Tensor1D));
	h = pool(conv3x3(h, p.w2 as tf.Tensor2D, p.b2 as tf.Tensor1D));
	h = pool(conv3x3(h, p.w3 as tf.Tensor2D, p.b3 as tf.Tensor1D));
	return tf.reshape(h, [input.shape[0], 9 * ex.filters[2]]);
}

/** A seeded generator for shuffles (Park-Miller style LCG). */
export function seeded(seed: number): () => number {
	let state = seed;
	return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export function shuffle<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}

/**
 * The same features through the backend's own convolution (forward only, which the WebAssembly
 * backend has): the [9·C, F] kernel read as [3, 3, C, F].
 */
export function featuresByConv2d(ex: Extractor, input: tf.Tensor4D): tf.Tensor2D {
	const p = ex.params;
	const stage = (x: tf.Tensor4D, w: tf.Tensor, b: tf.Tensor) => {
		const [rows, filters] = w.shape as [number, number];
		const kernel = tf.reshape(w, [3, 3, rows / 9, filters]) as tf.Tensor4D;
		return pool(tf.relu(tf.add(tf.conv2d(x, kernel, 1, 'same'), b)) as tf.Tensor4D);
	};
	const h = stage(stage(stage(input, p.w1, p.b1), p.w2, p.b2), p.w3, p.b3);
	return tf.reshape(h, [input.shape[0], 9 * ex.filters[2]]);
}
