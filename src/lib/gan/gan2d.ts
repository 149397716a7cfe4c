import { seededRandom } from '../doodle/random';
import { Adam, backward, createMlp, forward, normalFrom, type Mlp } from './mlp';

/**
 * A GAN on 2-D points, as GAN Lab shows it: a generator turns 2-D noise into points, a
 * discriminator says how real a point looks; each iteration trains the discriminator (on a batch
 * of real and a batch of generated points) and then the generator (to make the discriminator call
 * its points real). Plain TypeScript, no DOM: the worker runs it, and so do the tests.
 */
export interface Gan2dOptions {
	batch: number;
	/** Discriminator updates per iteration, then generator updates. */
	discriminatorSteps: number;
	generatorSteps: number;
	hidden: number[];
	learningRate: { discriminator: number; generator: number };
	seed: number;
}

export const GAN2D_DEFAULTS: Gan2dOptions = {
	batch: 150,
	discriminatorSteps: 2,
	generatorSteps: 1,
	hidden: [16, 16],
	learningRate: { discriminator: 0.004, generator: 0.004 },
	seed: 1
};

/** log(1 + e^x), without overflow: the GAN losses are softplus of the discriminator's logits. */
export const softplus = (x: number) => (x > 20 ? x : x < -20 ? 0 : Math.log1p(Math.exp(x)));
export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface Losses {
	discriminator: number;
	generator: number;
}

export class Gan2d {
	readonly options: Gan2dOptions;
	generator!: Mlp;
	discriminator!: Mlp;
	iterations = 0;
	private gOptimizer!: Adam;
	private dOptimizer!: Adam;
	private uniform!: () => number;
	private normal!: () => number;

	constructor(
		/** The real points (x0, y0, x1, y1, …). */
		private real: Float32Array,
		options: Partial<Gan2dOptions> = {}
	) {
		this.options = { ...GAN2D_DEFAULTS, ...options };
		if (real.length < 4 || real.length % 2) throw new RangeError('at least two real points');
		this.reset();
	}

	/** Fresh networks from the seed: the same seed always starts the same way. */
	reset(seed = this.options.seed): void {
		this.uniform = seededRandom(seed);
		this.normal = normalFrom(this.uniform);
		const { hidden, learningRate } = this.options;
		this.generator = createMlp([2, ...hidden, 2], this.normal);
		this.discriminator = createMlp([2, ...hidden, 1], this.normal);
		this.gOptimizer = new Adam(this.generator, learningRate.generator);
		this.dOptimizer = new Adam(this.discriminator, learningRate.discriminator);
		this.iterations = 0;
	}

	/** New real data (another dataset, a drawn shape); the networks keep what they learned. */
	useData(real: Float32Array): void {
		if (real.length < 4 || real.length % 2) throw new RangeError('at least two real points');
		this.real = real;
	}

	noise(count: number): Float32Array {
		return Float32Array.from({ length: count * 2 }, () => this.uniform() * 2 - 1);
	}

	realBatch(count: number): Float32Array {
		const points = this.real.length / 2;
		const batch = new Float32Array(count * 2);
		for (let i = 0; i < count; i++) {
			const k = Math.floor(this.uniform() * points);
			batch[i * 2] = this.real[k * 2]!;
			batch[i * 2 + 1] = this.real[k * 2 + 1]!;
		}
		return batch;
	}

	/** Generated points for the noise (a new array). */
	generate(noise: Float32Array): Float32Array {
		return forward(this.generator, noise, noise.length / 2, 'shown').output.slice();
	}

	/** How real each point looks to the discriminator, 0 to 1. */
	judge(points: Float32Array): Float32Array {
		const logits = forward(this.discriminator, points, points.length / 2, 'shown').output;
		return logits.map(sigmoid);
	}

	/**
	 * One discriminator update on a batch of real and one of generated points (new ones unless
	 * given); returns its loss before the update: -log D(real) - log(1 - D(fake)), averaged.
	 */
	discriminatorStep(real = this.realBatch(this.options.batch), fake?: Float32Array): number {
		fake ??= forward(this.generator, this.noise(this.options.batch), this.options.batch).output;
		// Real and generated points in one batch: one pass each way, their gradients summed.
		const n = real.length / 2;
		const m = fake.length / 2;
		const both = new Float32Array(real.length + fake.length);
		both.set(real);
		both.set(fake, real.length);
		const pass = forward(this.discriminator, both, n + m, 'train');
		let loss = 0;
		const gradient = pass.output.map((logit, k) => {
			if (k < n) {
				loss += softplus(-logit) / n;
				return (sigmoid(logit) - 1) / n;
			}
			loss += softplus(logit) / m;
			return sigmoid(logit) / m;
		});
		this.dOptimizer.step(backward(this.discriminator, pass, gradient, { input: false }));
		return loss;
	}

	/**
	 * One generator update (non-saturating: -log D(G(z)), averaged), through the discriminator,
	 * which stays as it is; returns the loss before the update.
	 */
	generatorStep(noise = this.noise(this.options.batch)): number {
		const gPass = forward(this.generator, noise, noise.length / 2, 'train');
		const { loss, gradient } = this.generatorLossAndPointGradient(gPass.output);
		this.gOptimizer.step(backward(this.generator, gPass, gradient, { input: false }));
		return loss;
	}

	/** The generator's loss on given points, and its gradient with respect to each point. */
	private generatorLossAndPointGradient(points: Float32Array) {
		const n = points.length / 2;
		const dPass = forward(this.discriminator, points, n, 'through');
		let loss = 0;
		const gLogit = dPass.output.map((logit) => {
			loss += softplus(-logit) / n;
			return (sigmoid(logit) - 1) / n;
		});
		return {
			loss,
			gradient: backward(this.discriminator, dPass, gLogit, { weights: false }).input
		};
	}

	/** One training iteration: the discriminator's steps, then the generator's. */
	iteration(): Losses {
		let discriminator = 0;
		let generator = 0;
		for (let k = 0; k < this.options.discriminatorSteps; k++)
			discriminator = this.discriminatorStep();
		for (let k = 0; k < this.options.generatorSteps; k++) generator = this.generatorStep();
		this.iterations++;
		return { discriminator, generator };
	}

	/**
	 * Where the generator would push each of these generated points (the negative gradient of its
	 * loss, per point, scaled to the longest): GAN Lab's gradient arrows.
	 */
	arrows(points: Float32Array): Float32Array {
		const { gradient } = this.generatorLossAndPointGradient(points);
		let longest = 0;
		for (let i = 0; i < gradient.length; i += 2)
			longest = Math.max(longest, Math.hypot(gradient[i]!, gradient[i + 1]!));
		return gradient.map((g) => (longest > 0 ? -g / longest : 0));
	}

	/** The discriminator's opinion on a size × size grid over the square, row by row from the top. */
	heatmap(size = 30): Float32Array {
		const grid = new Float32Array(size * size * 2);
		for (let row = 0; row < size; row++)
			for (let col = 0; col < size; col++) {
				const k = (row * size + col) * 2;
				grid[k] = -1 + (2 * (col + 0.5)) / size;
				grid[k + 1] = 1 - (2 * (row + 0.5)) / size;
			}
		return this.judge(grid);
	}
}
