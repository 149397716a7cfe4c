import { seededRandom } from '../doodle/random';
import { sigmoid, softplus } from './gan2d';
import { Adam, backward, createMlp, forward, normalFrom, type Mlp } from './mlp';

/**
 * A GAN on small grayscale pictures (cartoon faces, doodles): a generator turns noise into a
 * picture, a discriminator says how real a picture looks. Fully connected networks on typed
 * arrays (`mlp.ts`), small enough to train live on a school tablet's CPU, in a worker or in Node.
 * Pixels are 0 (white) to 1 (black) outside; inside, -1 to 1, which the generator's tanh makes.
 */
export interface ImageGanOptions {
	/** Pixels a side. */
	size: number;
	latent: number;
	generatorHidden: number[];
	discriminatorHidden: number[];
	batch: number;
	learningRate: { discriminator: number; generator: number };
	/** What the discriminator is asked to say for real pictures (one-sided label smoothing). */
	realTarget: number;
	seed: number;
}

export const IMAGE_GAN_DEFAULTS: Omit<ImageGanOptions, 'size'> = {
	latent: 16,
	generatorHidden: [96],
	discriminatorHidden: [96],
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

export class ImageGan {
	readonly options: ImageGanOptions;
	readonly pixels: number;
	generator!: Mlp;
	discriminator!: Mlp;
	iterations = 0;
	private gOptimizer!: Adam;
	private dOptimizer!: Adam;
	private uniform!: () => number;
	private normal!: () => number;
	/** The real pictures, scaled to -1 to 1. */
	private real: Float32Array;

	constructor(
		/** The real pictures, one after another, 0 white to 1 black. */
		pictures: Float32Array,
		options: Partial<ImageGanOptions> & { size: number }
	) {
		this.options = { ...IMAGE_GAN_DEFAULTS, ...options };
		this.pixels = this.options.size ** 2;
		this.real = ImageGan.scale(pictures, this.pixels);
		this.reset();
	}

	private static scale(pictures: Float32Array, pixels: number): Float32Array {
		if (pictures.length < pixels * 2 || pictures.length % pixels)
			throw new RangeError('at least two whole pictures');
		return pictures.map((v) => v * 2 - 1);
	}

	reset(seed = this.options.seed): void {
		this.uniform = seededRandom(seed);
		this.normal = normalFrom(this.uniform);
		const { latent, generatorHidden, discriminatorHidden, learningRate } = this.options;
		this.generator = createMlp([latent, ...generatorHidden, this.pixels], this.normal);
		this.discriminator = createMlp([this.pixels, ...discriminatorHidden, 1], this.normal);
		this.gOptimizer = new Adam(this.generator, learningRate.generator);
		this.dOptimizer = new Adam(this.discriminator, learningRate.discriminator);
		this.iterations = 0;
	}

	/** Other real pictures (the class's drawings); the networks keep what they learned. */
	useData(pictures: Float32Array): void {
		this.real = ImageGan.scale(pictures, this.pixels);
	}

	get realCount(): number {
		return this.real.length / this.pixels;
	}

	/** Standard normal noise for `count` pictures. */
	noise(count: number): Float32Array {
		const noise = new Float32Array(count * this.options.latent);
		for (let k = 0; k < noise.length; k++) noise[k] = this.normal();
		return noise;
	}

	private realBatch(count: number): Float32Array {
		const batch = new Float32Array(count * this.pixels);
		for (let i = 0; i < count; i++) {
			const k = Math.floor(this.uniform() * this.realCount);
			batch.set(this.real.subarray(k * this.pixels, (k + 1) * this.pixels), i * this.pixels);
		}
		return batch;
	}

	/** The generator's pictures (tanh of its output), -1 to 1, in the pass's scratch array. */
	private fakes(noise: Float32Array, slot: string) {
		const count = noise.length / this.options.latent;
		const pass = forward(this.generator, noise, count, slot);
		const images = pass.output;
		for (let k = 0; k < images.length; k++) images[k] = Math.tanh(images[k]!);
		return { pass, images, count };
	}

	/** Pictures for the noise, 0 white to 1 black (a new array). */
	generate(noise: Float32Array): Float32Array {
		const { images } = this.fakes(noise, 'shown');
		return images.map((v) => (v + 1) / 2);
	}

	/** How real each picture (0 to 1 pixels) looks to the discriminator, 0 to 1. */
	judge(pictures: Float32Array): Float32Array {
		const scaled = pictures.map((v) => v * 2 - 1);
		const logits = forward(this.discriminator, scaled, scaled.length / this.pixels, 'shown').output;
		return logits.map(sigmoid);
	}

	/** One discriminator update on a batch of real and one of generated pictures. */
	discriminatorStep(
		real = this.realBatch(this.options.batch),
		fake?: Float32Array
	): { loss: number; accuracy: number } {
		fake ??= this.fakes(this.noise(this.options.batch), 'main').images;
		const n = real.length / this.pixels;
		const m = fake.length / this.pixels;
		const both = new Float32Array(real.length + fake.length);
		both.set(real);
		both.set(fake, real.length);
		const pass = forward(this.discriminator, both, n + m, 'train');
		const target = this.options.realTarget;
		let loss = 0;
		let right = 0;
		const gradient = pass.output.map((logit, k) => {
			const p = sigmoid(logit);
			if (k < n) {
				if (p > 0.5) right++;
				loss += (target * softplus(-logit) + (1 - target) * softplus(logit)) / n;
				return (p - target) / n;
			}
			if (p < 0.5) right++;
			loss += softplus(logit) / m;
			return p / m;
		});
		this.dOptimizer.step(backward(this.discriminator, pass, gradient, { input: false }));
		return { loss, accuracy: right / (n + m) };
	}

	/** One generator update (non-saturating loss), through the discriminator, which stays. */
	generatorStep(noise = this.noise(this.options.batch)): number {
		const { pass: gPass, images, count } = this.fakes(noise, 'train');
		const dPass = forward(this.discriminator, images, count, 'through');
		let loss = 0;
		const gLogit = dPass.output.map((logit) => {
			loss += softplus(-logit) / count;
			return (sigmoid(logit) - 1) / count;
		});
		const gImage = backward(this.discriminator, dPass, gLogit, { weights: false }).input;
		// Through the tanh: d tanh(u) / du = 1 - tanh(u)².
		for (let k = 0; k < gImage.length; k++) gImage[k]! *= 1 - images[k]! ** 2;
		this.gOptimizer.step(backward(this.generator, gPass, gImage, { input: false }));
		return loss;
	}

	iteration(): ImageGanStep {
		const d = this.discriminatorStep();
		const generatorLoss = this.generatorStep();
		this.iterations++;
		return { discriminatorLoss: d.loss, generatorLoss, discriminatorAccuracy: d.accuracy };
	}
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
