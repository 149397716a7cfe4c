import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_FILE } from '../../../scripts/export-doodle-features';
import {
	decodeExtractor,
	encodeExtractor,
	ExtractorError,
	extractFeatures,
	featureCount,
	type FeatureExtractor
} from './features';
import { DEFAULT_RASTER, rasterize } from './raster';
import { decodeSubset } from './subset';

beforeAll(async () => {
	await tf.setBackend('wasm');
});

const shipped = decodeExtractor(new Uint8Array(readFileSync(EXTRACTOR_FILE)));
const drawings = decodeSubset(new Uint8Array(readFileSync('static/doodles/quickdraw-subset.bin')));

/** The same three stages in plain loops: 3×3 'same' convolution, ReLU, 2×2 max-pooling. */
function reference(ex: FeatureExtractor, image: Float32Array): Float32Array {
	let size = 28;
	let channels = 1;
	let input = image;
	ex.filters.forEach((filters, stage) => {
		const kernel = ex.kernels[stage]!;
		const bias = ex.biases[stage]!;
		const conv = new Float32Array(size * size * filters);
		for (let y = 0; y < size; y++)
			for (let x = 0; x < size; x++)
				for (let f = 0; f < filters; f++) {
					let sum = bias[f]!;
					for (let dy = 0; dy < 3; dy++)
						for (let dx = 0; dx < 3; dx++) {
							const sy = y + dy - 1;
							const sx = x + dx - 1;
							if (sy < 0 || sx < 0 || sy >= size || sx >= size) continue;
							for (let c = 0; c < channels; c++)
								sum +=
									input[(sy * size + sx) * channels + c]! *
									kernel[((dy * 3 + dx) * channels + c) * filters + f]!;
						}
					conv[(y * size + x) * filters + f] = Math.max(0, sum);
				}
		const half = Math.floor(size / 2);
		const pooled = new Float32Array(half * half * filters);
		for (let y = 0; y < half; y++)
			for (let x = 0; x < half; x++)
				for (let f = 0; f < filters; f++)
					pooled[(y * half + x) * filters + f] = Math.max(
						conv[(2 * y * size + 2 * x) * filters + f]!,
						conv[(2 * y * size + 2 * x + 1) * filters + f]!,
						conv[((2 * y + 1) * size + 2 * x) * filters + f]!,
						conv[((2 * y + 1) * size + 2 * x + 1) * filters + f]!
					);
		input = pooled;
		size = half;
		channels = filters;
	});
	return input;
}

describe('the feature extractor', () => {
	it('is shipped: three stages of 16, 32 and 32 filters, 288 features, 56 KB', () => {
		expect(shipped.filters).toEqual([16, 32, 32]);
		expect(featureCount(shipped)).toBe(288);
		expect(readFileSync(EXTRACTOR_FILE).length).toBe(56_203);
	});

	it('reads back what it writes, and refuses anything else', () => {
		const bytes = encodeExtractor(shipped);
		expect(decodeExtractor(bytes)).toEqual(shipped);
		const nan = bytes.slice();
		new DataView(nan.buffer).setFloat32(11, Number.NaN, true);
		for (const bad of [bytes.slice(0, -4), nan, bytes.map((b, i) => (i === 0 ? 0 : b))]) {
			expect(() => decodeExtractor(bad)).toThrow(ExtractorError);
		}
	});

	it('computes, through the backend, exactly the convolutions it describes', () => {
		const picks = [0, 1000, 2000, 4000].map((i) => drawings[i]!.drawing);
		const pixels = new Float32Array(picks.length * 784);
		picks.forEach((d, i) => pixels.set(rasterize(d, DEFAULT_RASTER), i * 784));
		const before = tf.memory().numTensors;
		const features = extractFeatures(shipped, pixels, picks.length, 3);
		expect(tf.memory().numTensors).toBe(before);
		picks.forEach((_, i) => {
			const expected = reference(shipped, pixels.subarray(i * 784, (i + 1) * 784));
			const got = features.subarray(i * 288, (i + 1) * 288);
			expect(Math.max(...got.map((v, k) => Math.abs(v - expected[k]!)))).toBeLessThan(1e-4);
		});
		expect(features.some((v) => v > 0)).toBe(true);
	});
});
