import * as tf from '@tensorflow/tfjs-core';

/**
 * The part of the lab's model that learns in class: one layer from the drawing's features to the
 * animals (softmax regression), on features standardised by the mix's own mean and spread.
 * Its loss (cross-entropy plus a small L2 penalty) has a single minimum, which training reaches
 * from zero on the whole mix at once: the same mix always gives the same model, whatever the
 * seed, and only the mix the child picks decides what it learns.
 */
export interface LinearHead {
	classes: number;
	features: number;
	mean: Float32Array;
	spread: Float32Array;
	/** features × classes, row by row. */
	weights: Float32Array;
	bias: Float32Array;
}

export interface HeadOptions {
	steps: number;
	learningRate: number;
	l2: number;
}

export const HEAD_TRAINING: HeadOptions = { steps: 150, learningRate: 0.05, l2: 0.001 };

/**
 * Trains on `count` feature rows (`features` numbers each) with labels 0..classes-1. Adam on the
 * analytic gradient of the loss; `onStep` hears the fraction done, the loss and the accuracy on
 * the mix every ten steps.
 */
export function trainHead(
	rows: Float32Array,
	labels: Int32Array,
	count: number,
	features: number,
	classes: number,
	options: HeadOptions = HEAD_TRAINING,
	onStep?: (fraction: number, loss: number, accuracy: number) => void
): LinearHead {
	if (rows.length < count * features || labels.length < count || count === 0) {
		throw new RangeError('need at least one example, with all its features and its label');
	}
	return tf.tidy(() => {
		const raw = tf.tensor2d(rows.subarray(0, count * features), [count, features]);
		const mean = tf.mean(raw, 0);
		const spread = tf.add(tf.sqrt(tf.mean(tf.square(tf.sub(raw, mean)), 0)), 0.05);
		const x = tf.div(tf.sub(raw, mean), spread);
		const y = tf.oneHot(tf.tensor1d(labels.subarray(0, count), 'int32'), classes);
		let w: tf.Tensor2D = tf.zeros([features, classes]);
		let b: tf.Tensor1D = tf.zeros([classes]);
		const moments = {
			mw: tf.zerosLike(w),
			vw: tf.zerosLike(w),
			mb: tf.zerosLike(b),
			vb: tf.zerosLike(b)
		};
		const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
		for (let step = 1; step <= options.steps; step++) {
			const next = tf.tidy(() => {
				const p = tf.softmax(tf.add(tf.matMul(x, w), b));
				const error = tf.div(tf.sub(p, y), count);
				const gw = tf.add(tf.matMul(x, error, true, false), tf.mul(2 * options.l2, w));
				const gb = tf.sum(error, 0);
				const mw = tf.add(tf.mul(beta1, moments.mw), tf.mul(1 - beta1, gw));
				const vw = tf.add(tf.mul(beta2, moments.vw), tf.mul(1 - beta2, tf.square(gw)));
				const mb = tf.add(tf.mul(beta1, moments.mb), tf.mul(1 - beta1, gb));
				const vb = tf.add(tf.mul(beta2, moments.vb), tf.mul(1 - beta2, tf.square(gb)));
				const rate = (options.learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
				const update = (m: tf.Tensor, v: tf.Tensor) =>
					tf.div(tf.mul(rate, m), tf.add(tf.sqrt(v), epsilon));
				const loss = tf.neg(tf.mean(tf.sum(tf.mul(y, tf.log(tf.add(p, 1e-7))), 1)));
				const accuracy = tf.mean(tf.cast(tf.equal(tf.argMax(p, 1), tf.argMax(y, 1)), 'float32'));
				return {
					w: tf.sub(w, update(mw, vw)) as tf.Tensor2D,
					b: tf.sub(b, update(mb, vb)) as tf.Tensor1D,
					mw,
					vw,
					mb,
					vb,
					loss,
					accuracy
				};
			});
			tf.dispose([w, b, moments.mw, moments.vw, moments.mb, moments.vb]);
			({ w, b } = next);
			Object.assign(moments, { mw: next.mw, vw: next.vw, mb: next.mb, vb: next.vb });
			if (onStep && (step % 10 === 0 || step === options.steps)) {
				onStep(step / options.steps, next.loss.dataSync()[0]!, next.accuracy.dataSync()[0]!);
			}
			tf.dispose([next.loss, next.accuracy]);
		}
		return {
			classes,
			features,
			mean: mean.dataSync() as Float32Array,
			spread: spread.dataSync() as Float32Array,
			weights: w.dataSync() as Float32Array,
			bias: b.dataSync() as Float32Array
		};
	});
}

/** Class probabilities for `count` feature rows: count × classes. */
export function predictHead(head: LinearHead, rows: Float32Array, count: number): Float32Array {
	return tf.tidy(() => {
		const x = tf.div(
			tf.sub(
				tf.tensor2d(rows.subarray(0, count * head.features), [count, head.features]),
				tf.tensor1d(head.mean)
			),
			tf.tensor1d(head.spread)
		);
		const logits = tf.add(
			tf.matMul(x, tf.tensor2d(head.weights, [head.features, head.classes])),
			tf.tensor1d(head.bias)
		);
		return tf.softmax(logits).dataSync() as Float32Array;
	});
}
