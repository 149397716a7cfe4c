import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/**
 * The convolutional network of TensorFlow.js's own digit-recognition tutorial (conv 5×5×8,
 * max-pool, conv 5×5×16, max-pool, dense), compiled the tutorial's way: the benchmarks' baseline.
 */
export function tutorialCnn(classes: number): tfl.Sequential {
	const model = tfl.sequential({
		layers: [
			tfl.layers.conv2d({
				inputShape: [28, 28, 1],
				kernelSize: 5,
				filters: 8,
				activation: 'relu',
				kernelInitializer: 'varianceScaling'
			}),
			tfl.layers.maxPooling2d({ poolSize: 2, strides: 2 }),
			tfl.layers.conv2d({
				kernelSize: 5,
				filters: 16,
				activation: 'relu',
				kernelInitializer: 'varianceScaling'
			}),
			tfl.layers.maxPooling2d({ poolSize: 2, strides: 2 }),
			tfl.layers.flatten(),
			tfl.layers.dense({ units: classes, activation: 'softmax' })
		]
	});
	model.compile({
		optimizer: tf.train.adam(),
		loss: 'sparseCategoricalCrossentropy',
		metrics: ['accuracy']
	});
	return model;
}
