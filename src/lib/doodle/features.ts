import * as tf from '@tensorflow/tfjs-core';

/**
 * What the lab's model "sees" in a drawing: three 3×3 convolutions (each with ReLU and 2×2
 * max-pooling) that turn a 28×28 raster into 3×3×F features. They were learned once, by the
 * project's research script (bench/research/pretrain-cnn.research.ts), from thousands of
 * drawings of horses, pigs, sheep, dogs and cats, never a cow: what the model knows about cows it
 * learns in class, from the mix the child picks.
 *
 * Kernels are stored as the matrix products they were trained as: [9·C, F], rows ordered by
 * (dy, dx) then input channel, which is the [3, 3, C, F] layout `tf.conv2d` takes.
 */
export interface FeatureExtractor {
	filters: [number, number, number];
	kernels: [Float32Array, Float32Array, Float32Array];
	biases: [Float32Array, Float32Array, Float32Array];
}

export const RASTER_SIZE = 28;

/** Features per drawing: 3×3 cells of the last stage's filters. */
export const featureCount = (extractor: FeatureExtractor): number => 9 * extractor.filters[2];

const MAGIC = [0x44, 0x41, 0x46, 0x58]; // "DAFX"
const VERSION = 1;

export class ExtractorError extends Error {}

/** "DAFX", version (u8), three filter counts (u16 each), then kernels and biases as float32. */
export function encodeExtractor(extractor: FeatureExtractor): Uint8Array {
	const floats = [...extractor.kernels, ...extractor.biases];
	const size = 4 + 1 + 6 + floats.reduce((sum, f) => sum + f.length * 4, 0);
	const bytes = new Uint8Array(size);
	const view = new DataView(bytes.buffer);
	bytes.set(MAGIC, 0);
	bytes[4] = VERSION;
	extractor.filters.forEach((f, i) => view.setUint16(5 + 2 * i, f, true));
	let at = 11;
	for (const array of floats) {
		for (const value of array) {
			view.setFloat32(at, value, true);
			at += 4;
		}
	}
	return bytes;
}

/** Reads an extractor file; anything else (cut short, other sizes, not finite) throws. */
export function decodeExtractor(bytes: Uint8Array): FeatureExtractor {
	if (bytes.length < 11 || MAGIC.some((b, i) => bytes[i] !== b)) {
		throw new ExtractorError('not a feature extractor file');
	}
	if (bytes[4] !== VERSION) throw new ExtractorError('unknown extractor version');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const filters = [0, 1, 2].map((i) => view.getUint16(5 + 2 * i, true)) as [number, number, number];
	if (filters.some((f) => f < 1 || f > 256)) throw new ExtractorError('filters: 1 to 256');
	const inputs = [1, filters[0], filters[1]];
	const sizes = [...filters.map((f, i) => 9 * inputs[i]! * f), ...filters];
	const expected = 11 + sizes.reduce((sum, n) => sum + 4 * n, 0);
	if (bytes.length !== expected)
		throw new ExtractorError('the file is not the size its header says');
	let at = 11;
	const arrays = sizes.map((n) => {
		const array = new Float32Array(n);
		for (let i = 0; i < n; i++, at += 4) array[i] = view.getFloat32(at, true);
		if (!array.every(Number.isFinite)) throw new ExtractorError('weights must be finite numbers');
		return array;
	});
	return {
		filters,
		kernels: [arrays[0]!, arrays[1]!, arrays[2]!],
		biases: [arrays[3]!, arrays[4]!, arrays[5]!]
	};
}

/**
 * The features of `count` rasters (28×28 intensities each, one after another), `batch` at a
 * time: count × featureCount numbers. Frees every tensor it makes.
 */
export function extractFeatures(
	extractor: FeatureExtractor,
	pixels: Float32Array,
	count: number,
	batch = 256
): Float32Array {
	const cell = RASTER_SIZE * RASTER_SIZE;
	if (pixels.length < count * cell) throw new RangeError('fewer pixels than rasters');
	const per = featureCount(extractor);
	const out = new Float32Array(count * per);
	const inputs = [1, extractor.filters[0], extractor.filters[1]];
	const weights = extractor.filters.map((f, i) => ({
		kernel: tf.tensor4d(extractor.kernels[i]!, [3, 3, inputs[i]!, f]),
		bias: tf.tensor1d(extractor.biases[i]!)
	}));
	try {
		for (let from = 0; from < count; from += batch) {
			const n = Math.min(batch, count - from);
			const result = tf.tidy(() => {
				let h = tf.tensor4d(pixels.subarray(from * cell, (from + n) * cell), [
					n,
					RASTER_SIZE,
					RASTER_SIZE,
					1
				]);
				for (const { kernel, bias } of weights) {
					h = tf.maxPool(tf.relu(tf.add(tf.conv2d(h, kernel, 1, 'same'), bias)), 2, 2, 'valid');
				}
				return tf.reshape(h, [n, per]);
			});
			out.set(result.dataSync(), from * per);
			result.dispose();
		}
	} finally {
		for (const { kernel, bias } of weights) tf.dispose([kernel, bias]);
	}
	return out;
}
