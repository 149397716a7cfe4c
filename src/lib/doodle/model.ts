import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { seededRandom } from './random';

/** Training examples: `count` rasters of `size`×`size` pixels, one after another, and labels. */
export interface TrainingSet {
	pixels: Float32Array;
	labels: Int32Array;
	count: number;
	size: number;
	classes: number;
}

export interface TrainingProgress {
	epoch: number;
	epochs: number;
	/** Averages over the epoch's batches so far. */
	loss: number;
	accuracy: number;
	/** How much of the whole training is done, 0 to 1. */
	fraction: number;
	/** True once per epoch, at its end: the points of the loss and accuracy curves. */
	epochEnded: boolean;
}

export interface TrainOptions {
	epochs: number;
	hidden: number;
	batchSize: number;
	learningRate: number;
	seed: number;
}

/** From scripts/doodle-calibration.ts: a gentler rate for longer gives steadier models. */
export const DEFAULT_TRAINING: TrainOptions = {
	epochs: 12,
	hidden: 32,
	batchSize: 32,
	learningRate: 0.001,
	seed: 1
};

/** A trained doodle classifier. It owns its tensors: call dispose() when done with it. */
export interface DoodleClassifier {
	/** Class probabilities for one raster (size×size intensities). */
	predict(pixels: Float32Array): Float32Array;
	/** Class probabilities for many rasters at once. */
	predictBatch(pixels: Float32Array, count: number): Float32Array;
	dispose(): void;
}

/** The network, untrained: `inputs` pixels → `hidden` ReLU units → `classes` softmax outputs. */
export function buildClassifier(
	inputs: number,
	hidden: number,
	classes: number,
	seed: number
): tfl.Sequential {
	return tfl.sequential({
		layers: [
			tfl.layers.dense({
				inputShape: [inputs],
				units: hidden,
				activation: 'relu',
				kernelInitializer: tfl.initializers.heNormal({ seed })
			}),
			tfl.layers.dense({
				units: classes,
				activation: 'softmax',
				kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + 1 })
			})
		]
	});
}

/**
 * A small dense network (pixels → hidden ReLU layer → softmax) trained with Adam on shuffled
 * mini-batches. Seeded: the same data and seed give the same model on the CPU backend.
 */
export async function trainClassifier(
	data: TrainingSet,
	options: Partial<TrainOptions> = {},
	onProgress: (progress: TrainingProgress) => void = () => {},
	signal?: AbortSignal
): Promise<DoodleClassifier> {
	const settings = { ...DEFAULT_TRAINING, ...options };
	const inputs = data.size * data.size;
	const model = buildClassifier(inputs, settings.hidden, data.classes, settings.seed);
	const optimizer = tf.train.adam(settings.learningRate);
	model.compile({
		optimizer,
		loss: 'sparseCategoricalCrossentropy',
		metrics: ['accuracy']
	});
	const random = seededRandom(settings.seed);
	const order = Array.from({ length: data.count }, (_, i) => i);
	const batchPixels = new Float32Array(settings.batchSize * inputs);
	const batchLabels = new Float32Array(settings.batchSize);
	let steps = 0;
	const batchesPerEpoch = Math.ceil(data.count / settings.batchSize);
	const totalBatches = batchesPerEpoch * settings.epochs;
	try {
		for (let epoch = 1; epoch <= settings.epochs; epoch++) {
			for (let i = order.length - 1; i > 0; i--) {
				const j = Math.floor(random() * (i + 1));
				[order[i], order[j]] = [order[j]!, order[i]!];
			}
			let lossSum = 0;
			let accuracySum = 0;
			let batches = 0;
			for (let start = 0; start < order.length; start += settings.batchSize) {
				// Let the event loop run now and then, so a cancel message (and the page) get through.
				if (++steps % 16 === 0) {
					if (batches)
						onProgress({
							epoch,
							epochs: settings.epochs,
							loss: lossSum / batches,
							accuracy: accuracySum / batches,
							fraction: (steps - 1) / totalBatches,
							epochEnded: false
						});
					await new Promise((resolve) => setTimeout(resolve, 0));
				}
				if (signal?.aborted) throw new DOMException('Training cancelled', 'AbortError');
				const n = Math.min(settings.batchSize, order.length - start);
				for (let b = 0; b < n; b++) {
					const index = order[start + b]!;
					batchPixels.set(data.pixels.subarray(index * inputs, (index + 1) * inputs), b * inputs);
					batchLabels[b] = data.labels[index]!;
				}
				const xs = tf.tensor2d(batchPixels.subarray(0, n * inputs), [n, inputs]);
				const ys = tf.tensor1d(batchLabels.subarray(0, n));
				let result: number[];
				try {
					result = (await model.trainOnBatch(xs, ys)) as number[];
				} finally {
					xs.dispose();
					ys.dispose();
				}
				lossSum += result[0]!;
				accuracySum += result[1]!;
				batches++;
			}
			onProgress({
				epoch,
				epochs: settings.epochs,
				loss: lossSum / batches,
				accuracy: accuracySum / batches,
				fraction: (epoch * batchesPerEpoch) / totalBatches,
				epochEnded: true
			});
		}
	} catch (error) {
		model.dispose();
		optimizer.dispose();
		throw error;
	}
	// The optimizer's moment estimates are only needed for training.
	optimizer.dispose();
	const predictBatch = (pixels: Float32Array, count: number) =>
		tf.tidy(() => {
			const output = model.predict(tf.tensor2d(pixels, [count, inputs])) as tf.Tensor;
			return output.dataSync() as Float32Array;
		});
	return {
		predict: (pixels) => predictBatch(pixels, 1),
		predictBatch,
		dispose: () => model.dispose()
	};
}
