import * as tf from '@tensorflow/tfjs-core';
import { FORGER_HIDDEN, FORGER_LATENT } from './forger';
import { seededRandom } from '../doodle/random';
import { normalFrom } from './mlp';

/**
 * A GAN on small grayscale pictures (cartoon faces, doodles): a generator turns noise into a
 * picture, a discriminator says how real a picture looks. Fully connected networks on
 * TensorFlow.js: on its WebAssembly backend (SIMD) an iteration at 20 × 20 takes about 10 ms of
 * one CPU core, five times the plain-loop version this replaced, in a worker or in Node alike.
 * Pixels are 0 (white) to 1 (black) outside; inside, -1 to 1, which the generator's tanh makes.
 * The backward pass is written out with TensorFlow.js's ops (two layers each), so training needs
 * no gradient registry: it runs the same under Vite, in a worker and in a plain Node script.
 * Every tensor an iteration makes is freed before it returns; `dispose` frees the networks.
 */
export interface ImageGanOptions {
	/** Pixels a side. */
	size: number;
	latent: number;
	hidden: number;
	batch: number;
	learningRate: { discriminator: number; generator: number };
	/** What the discriminator is asked to say for real pictures (one-sided label smoothing). */
	realTarget: number;
	seed: number;
}

export const IMAGE_GAN_DEFAULTS: Omit<ImageGanOptions, 'size'> = {
	latent: FORGER_LATENT,
	hidden: FORGER_HIDDEN,
	batch: 32,
	learningRate: { discriminator: 0.0006, generator: 0.0012 },
	realTarget: 0.9,
	seed: 1
};

export interface ImageGanStep {
	discriminatorLoss: number;
	generatorLoss: number;
	/** Share of the last discriminator batch it judged right (real above 0.5, fake below). */
	discriminatorAccuracy: number;
}

/** A dense layer's weights and biases, as variables. */
interface Dense {
	w: tf.Variable;
	b: tf.Variable;
}

/** The generator's weights, as the shipped file and the worker's messages carry them. */
export interface GeneratorWeights {
	size: number;
	latent: number;
	hidden: number;
	/** w1 [latent × hidden], b1 [hidden], w2 [hidden × pixels], b2 [pixels], one after another. */
	values: Float32Array;
}

const LEAK = 0.2;

/** What a forward pass through a two-layer network keeps for its backward pass. */
interface Pass {
	input: tf.Tensor2D;
	/** The hidden layer before and after its leaky ReLU. */
	hidden: tf.Tensor2D;
	activated: tf.Tensor2D;
	output: tf.Tensor2D;
}

/**
 * The sigmoid cross-entropy of logits against targets, and its gradient with respect to the
 * logits, as means over the batch: softplus(x) - t·x, and (sigmoid(x) - t) / n.
 */
function crossEntropy(logits: tf.Tensor2D, targets: tf.Tensor2D) {
	const n = logits.shape[0];
	const loss = tf.mean(tf.sub(tf.softplus(logits), tf.mul(targets, logits)));
	const gradient = tf.div(tf.sub(tf.sigmoid(logits), targets), n) as tf.Tensor2D;
	return { loss, gradient };
}

export class ImageGan {
	readonly options: ImageGanOptions;
	readonly pixels: number;
	iterations = 0;
	private generator: Dense[] = [];
	private discriminator: Dense[] = [];
	private gOptimizer: tf.Optimizer | null = null;
	private dOptimizer: tf.Optimizer | null = null;
	private uniform!: () => number;
	private normal!: () => number;
	/** The real pictures, scaled to -1 to 1, as one [count × pixels] tensor. */
	private real: tf.Tensor2D;

	constructor(
		/** The real pictures, one after another, 0 white to 1 black. */
		pictures: Float32Array,
		options: Partial<ImageGanOptions> & { size: number }
	) {
		this.options = { ...IMAGE_GAN_DEFAULTS, ...options };
		this.pixels = this.options.size ** 2;
		this.real = this.scale(pictures);
		this.reset();
	}

	private scale(pictures: Float32Array): tf.Tensor2D {
		if (pictures.length < this.pixels * 2 || pictures.length % this.pixels)
			throw new RangeError('at least two whole pictures');
		return tf.tensor2d(
			pictures.map((v) => v * 2 - 1),
			[pictures.length / this.pixels, this.pixels]
		);
	}

	private dense(from: number, to: number): Dense {
		// He initialisation from the GAN's own seeded generator: the same seed, the same GAN.
		const values = new Float32Array(from * to);
		const spread = Math.sqrt(2 / from);
		for (let k = 0; k < values.length; k++) values[k] = this.normal() * spread;
		// Variables outlive the tidy; the tensors they start from do not.
		return tf.tidy(() => ({
			w: tf.variable(tf.tensor2d(values, [from, to])),
			b: tf.variable(tf.zeros([to]))
		}));
	}

	private disposeNetworks(): void {
		for (const layer of [...this.generator, ...this.discriminator]) {
			layer.w.dispose();
			layer.b.dispose();
		}
		this.gOptimizer?.dispose();
		this.dOptimizer?.dispose();
	}

	reset(seed = this.options.seed): void {
		this.disposeNetworks();
		this.uniform = seededRandom(seed);
		this.normal = normalFrom(this.uniform);
		const { latent, hidden, learningRate } = this.options;
		this.generator = [this.dense(latent, hidden), this.dense(hidden, this.pixels)];
		this.discriminator = [this.dense(this.pixels, hidden), this.dense(hidden, 1)];
		this.gOptimizer = tf.train.adam(learningRate.generator, 0.5);
		this.dOptimizer = tf.train.adam(learningRate.discriminator, 0.5);
		this.iterations = 0;
	}

	/** Other real pictures (the class's drawings); the networks keep what they learned. */
	useData(pictures: Float32Array): void {
		const next = this.scale(pictures);
		this.real.dispose();
		this.real = next;
	}

	get realCount(): number {
		return this.real.shape[0];
	}

	/** Standard normal noise for `count` pictures. */
	noise(count: number): Float32Array {
		const noise = new Float32Array(count * this.options.latent);
		for (let k = 0; k < noise.length; k++) noise[k] = this.normal();
		return noise;
	}

	private pass(net: Dense[], input: tf.Tensor2D): Pass {
		const [first, second] = net as [Dense, Dense];
		const hidden = tf.add(tf.matMul(input, first.w), first.b) as tf.Tensor2D;
		const activated = tf.leakyRelu(hidden, LEAK);
		const output = tf.add(tf.matMul(activated, second.w), second.b) as tf.Tensor2D;
		return { input, hidden, activated, output };
	}

	private run(net: Dense[], input: tf.Tensor2D): tf.Tensor2D {
		return this.pass(net, input).output;
	}

	/**
	 * Gradients of a loss through a pass, given its gradient with respect to the output: for the
	 * weights (w1, b1, w2, b2) and, when asked, for the input.
	 */
	private backward(net: Dense[], pass: Pass, outputGradient: tf.Tensor2D, withInput: boolean) {
		const [first, second] = net as [Dense, Dense];
		const w2 = tf.matMul(pass.activated, outputGradient, true, false);
		const b2 = tf.sum(outputGradient, 0);
		// Through the leaky ReLU: slope 1 where the unit was positive, LEAK elsewhere.
		const hidden = tf.mul(
			tf.matMul(outputGradient, second.w, false, true),
			tf.step(pass.hidden, LEAK)
		) as tf.Tensor2D;
		const w1 = tf.matMul(pass.input, hidden, true, false);
		const b1 = tf.sum(hidden, 0);
		const input = withInput ? (tf.matMul(hidden, first.w, false, true) as tf.Tensor2D) : null;
		return { weights: [w1, b1, w2, b2], input };
	}

	private update(optimizer: tf.Optimizer, net: Dense[], gradients: tf.Tensor[]): void {
		const variables = net.flatMap((layer) => [layer.w, layer.b]);
		optimizer.applyGradients(
			variables.map((variable, k) => ({ name: variable.name, tensor: gradients[k]! }))
		);
	}

	private fakes(noise: tf.Tensor2D): tf.Tensor2D {
		return tf.tanh(this.run(this.generator, noise));
	}

	private noiseTensor(noise: Float32Array): tf.Tensor2D {
		const { latent } = this.options;
		if (noise.length === 0 || noise.length % latent) throw new RangeError('whole noise vectors');
		return tf.tensor2d(noise, [noise.length / latent, latent]);
	}

	/** Pictures for the noise, 0 white to 1 black. */
	generate(noise: Float32Array): Float32Array {
		return tf.tidy(() =>
			tf.div(tf.add(this.fakes(this.noiseTensor(noise)), 1), 2).dataSync()
		) as Float32Array;
	}

	/** How real each picture (0 to 1 pixels) looks to the discriminator, 0 to 1. */
	judge(pictures: Float32Array): Float32Array {
		return tf.tidy(() => {
			const count = pictures.length / this.pixels;
			const scaled = tf.sub(tf.mul(tf.tensor2d(pictures, [count, this.pixels]), 2), 1);
			return tf.sigmoid(this.run(this.discriminator, scaled as tf.Tensor2D)).dataSync();
		}) as Float32Array;
	}

	private realBatch(count: number): tf.Tensor2D {
		const indices = new Int32Array(count);
		for (let i = 0; i < count; i++) indices[i] = Math.floor(this.uniform() * this.realCount);
		return tf.gather(this.real, tf.tensor1d(indices, 'int32'));
	}

	/**
	 * One discriminator update on a batch of real and one of generated pictures (-1 to 1, as
	 * [count × pixels] arrays; fresh ones when left out). Real and fake halves weigh the same.
	 */
	discriminatorStep(real?: Float32Array, fake?: Float32Array): { loss: number; accuracy: number } {
		const result = tf.tidy(() => {
			const { batch, realTarget } = this.options;
			const realPictures = real
				? tf.tensor2d(real, [real.length / this.pixels, this.pixels])
				: this.realBatch(batch);
			const fakePictures = fake
				? tf.tensor2d(fake, [fake.length / this.pixels, this.pixels])
				: this.fakes(this.noiseTensor(this.noise(batch)));
			const [n, m] = [realPictures.shape[0], fakePictures.shape[0]];
			const pass = this.pass(this.discriminator, tf.concat([realPictures, fakePictures]));
			const [realLogits, fakeLogits] = tf.split(pass.output, [n, m]) as [tf.Tensor2D, tf.Tensor2D];
			const onReal = crossEntropy(realLogits, tf.fill([n, 1], realTarget));
			const onFake = crossEntropy(fakeLogits, tf.zeros([m, 1]));
			const gradient = tf.concat([onReal.gradient, onFake.gradient]);
			const { weights } = this.backward(this.discriminator, pass, gradient, false);
			this.update(this.dOptimizer!, this.discriminator, weights);
			const right = tf.add(
				tf.sum(tf.cast(tf.greater(realLogits, 0), 'float32')),
				tf.sum(tf.cast(tf.lessEqual(fakeLogits, 0), 'float32'))
			);
			return tf.stack([tf.add(onReal.loss, onFake.loss), tf.div(right, n + m)]).dataSync();
		});
		return { loss: result[0]!, accuracy: result[1]! };
	}

	/** One generator update (non-saturating loss), through the discriminator, which stays. */
	generatorStep(noise = this.noise(this.options.batch)): number {
		return tf.tidy(() => {
			const z = this.noiseTensor(noise);
			const gPass = this.pass(this.generator, z);
			const images = tf.tanh(gPass.output);
			const dPass = this.pass(this.discriminator, images);
			const { loss, gradient } = crossEntropy(dPass.output, tf.onesLike(dPass.output));
			const imageGradient = this.backward(this.discriminator, dPass, gradient, true).input!;
			// Through the tanh: d tanh(u) / du = 1 - tanh(u)².
			const outputGradient = tf.mul(imageGradient, tf.sub(1, tf.square(images))) as tf.Tensor2D;
			const { weights } = this.backward(this.generator, gPass, outputGradient, false);
			this.update(this.gOptimizer!, this.generator, weights);
			return loss.dataSync()[0]!;
		});
	}

	iteration(): ImageGanStep {
		const d = this.discriminatorStep();
		const generatorLoss = this.generatorStep();
		this.iterations++;
		return { discriminatorLoss: d.loss, generatorLoss, discriminatorAccuracy: d.accuracy };
	}

	private generatorVariables(): tf.Variable[] {
		return this.generator.flatMap((layer) => [layer.w, layer.b]);
	}

	/** The generator's weights, to save or to hand to another page. */
	generatorWeights(): GeneratorWeights {
		const { size, latent, hidden } = this.options;
		const parts = this.generatorVariables().map((v) => v.dataSync() as Float32Array);
		const values = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
		let at = 0;
		for (const part of parts) {
			values.set(part, at);
			at += part.length;
		}
		return { size, latent, hidden, values };
	}

	/** Takes over a saved generator (the shipped one); the discriminator starts again. */
	loadGenerator(weights: GeneratorWeights): void {
		const { size, latent, hidden } = this.options;
		if (weights.size !== size || weights.latent !== latent || weights.hidden !== hidden)
			throw new RangeError('a generator of another shape');
		const shapes = generatorShapes(weights);
		if (weights.values.length !== shapes.reduce((sum, s) => sum + s.reduce((a, b) => a * b), 0))
			throw new RangeError('a generator with the wrong number of weights');
		let at = 0;
		tf.tidy(() => {
			for (const [k, variable] of this.generatorVariables().entries()) {
				const count = shapes[k]!.reduce((a, b) => a * b);
				variable.assign(tf.tensor(weights.values.subarray(at, at + count), shapes[k]));
				at += count;
			}
		});
	}

	dispose(): void {
		this.disposeNetworks();
		this.real.dispose();
	}
}

function generatorShapes({ size, latent, hidden }: Omit<GeneratorWeights, 'values'>): number[][] {
	return [[latent, hidden], [hidden], [hidden, size * size], [size * size]];
}

/**
 * How far generated pictures are from the real ones, in pixel statistics: the root-mean-square
 * difference of the mean picture plus that of the per-pixel spread (0 when both match). A
 * generator that makes blank or noisy pictures scores far; one that makes faces like the data's,
 * near.
 */
export function pixelStatsDistance(a: Float32Array, b: Float32Array, pixels: number): number {
	const stats = (set: Float32Array) => {
		const count = set.length / pixels;
		const mean = new Float64Array(pixels);
		const square = new Float64Array(pixels);
		for (let i = 0; i < count; i++)
			for (let p = 0; p < pixels; p++) {
				const v = set[i * pixels + p]!;
				mean[p]! += v / count;
				square[p]! += (v * v) / count;
			}
		const spread = mean.map((m, p) => Math.sqrt(Math.max(0, square[p]! - m * m)));
		return { mean, spread };
	};
	const [x, y] = [stats(a), stats(b)];
	let meanDiff = 0;
	let spreadDiff = 0;
	for (let p = 0; p < pixels; p++) {
		meanDiff += (x.mean[p]! - y.mean[p]!) ** 2 / pixels;
		spreadDiff += (x.spread[p]! - y.spread[p]!) ** 2 / pixels;
	}
	return Math.sqrt(meanDiff) + Math.sqrt(spreadDiff);
}

/** Mean distance (RMS per pixel) from each generated picture to its nearest real one. */
export function nearestRealDistance(generated: Float32Array, real: Float32Array, pixels: number) {
	const g = generated.length / pixels;
	const r = real.length / pixels;
	let total = 0;
	for (let i = 0; i < g; i++) {
		let best = Infinity;
		for (let j = 0; j < r; j++) {
			let d = 0;
			for (let p = 0; p < pixels && d < best; p++)
				d += (generated[i * pixels + p]! - real[j * pixels + p]!) ** 2;
			best = Math.min(best, d);
		}
		total += Math.sqrt(best / pixels);
	}
	return total / g;
}
