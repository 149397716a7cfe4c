/**
 * A small fully connected network on typed arrays, with its backward pass written out: the 2-D
 * GAN's generator and discriminator. Networks this small (two inputs, a few dozen units) spend
 * most of their time in per-operation overhead on any tensor library; plain loops run a whole
 * GAN iteration (batch 150, two discriminator updates and one generator update) in well under a
 * millisecond, in a worker or in Node alike. Hidden layers use leaky ReLU; the last layer is
 * linear (the caller adds a sigmoid or keeps it as a position).
 */
export interface Mlp {
	/** Units per layer, the input first: [2, 16, 16, 1]. */
	readonly sizes: readonly number[];
	/** Per layer, weights as [input][output], row-major. */
	readonly weights: Float32Array[];
	readonly biases: Float32Array[];
}

/** What a forward pass keeps for the backward pass: each layer's input and pre-activation. */
export interface ForwardPass {
	/** The workspace the pass's arrays live in: valid until the next pass in the same slot. */
	slot: string;
	batch: number;
	inputs: Float32Array[];
	preActivations: Float32Array[];
	output: Float32Array;
}

export interface Gradients {
	weights: Float32Array[];
	biases: Float32Array[];
	/** The gradient with respect to the network's input (the generator learns through it). */
	input: Float32Array;
}

const LEAK = 0.2;

/**
 * Each network's scratch arrays, by slot and name, reused from one pass to the next: training
 * makes no garbage (a fresh array per layer and pass would be hundreds of kilobytes an iteration).
 */
const workspaces = new WeakMap<Mlp, Map<string, Float32Array>>();

function scratch(net: Mlp, key: string, length: number): Float32Array {
	let arrays = workspaces.get(net);
	if (!arrays) workspaces.set(net, (arrays = new Map()));
	let array = arrays.get(key);
	if (!array || array.length !== length) arrays.set(key, (array = new Float32Array(length)));
	return array;
}

/**
 * Layers this narrow (the discriminator's one output, the generator's two) run with the output
 * loop outside: a one-step inner loop per multiply costs more than the multiply (4x here).
 */
const NARROW = 2;

/** Four inputs at a time: a quarter of the read-modify-writes of the output (1.8x on 16 to 16). */
function wideForward(
	x: Float32Array,
	w: Float32Array,
	b: Float32Array,
	z: Float32Array,
	batch: number,
	from: number,
	to: number
) {
	for (let n = 0; n < batch; n++) {
		const row = n * from;
		const out = n * to;
		for (let j = 0; j < to; j++) z[out + j] = b[j]!;
		let i = 0;
		for (; i + 3 < from; i += 4) {
			const x0 = x[row + i]!;
			const x1 = x[row + i + 1]!;
			const x2 = x[row + i + 2]!;
			const x3 = x[row + i + 3]!;
			const w0 = i * to;
			const w1 = w0 + to;
			const w2 = w0 + 2 * to;
			const w3 = w0 + 3 * to;
			for (let j = 0; j < to; j++)
				z[out + j]! += x0 * w[w0 + j]! + x1 * w[w1 + j]! + x2 * w[w2 + j]! + x3 * w[w3 + j]!;
		}
		for (; i < from; i++) {
			const xi = x[row + i]!;
			const wi = i * to;
			for (let j = 0; j < to; j++) z[out + j]! += xi * w[wi + j]!;
		}
	}
}

function narrowForward(
	x: Float32Array,
	w: Float32Array,
	b: Float32Array,
	z: Float32Array,
	batch: number,
	from: number,
	to: number
) {
	for (let n = 0; n < batch; n++) {
		const row = n * from;
		for (let j = 0; j < to; j++) {
			let sum = b[j]!;
			for (let i = 0, k = j; i < from; i++, k += to) sum += x[row + i]! * w[k]!;
			z[n * to + j] = sum;
		}
	}
}

/**
 * Writes the weight and bias gradients summed over the batch into `gw`, `gb` (when they have
 * room), four samples at a time, and the input gradient into `gx`, four inputs at a time.
 */
function wideBackward(
	x: Float32Array,
	w: Float32Array,
	delta: Float32Array,
	gw: Float32Array,
	gb: Float32Array,
	gx: Float32Array,
	batch: number,
	from: number,
	to: number
) {
	if (gw.length > 0) {
		let n = 0;
		for (; n + 3 < batch; n += 4) {
			const r0 = n * from;
			const r1 = r0 + from;
			const r2 = r0 + 2 * from;
			const r3 = r0 + 3 * from;
			const o0 = n * to;
			const o1 = o0 + to;
			const o2 = o0 + 2 * to;
			const o3 = o0 + 3 * to;
			for (let j = 0; j < to; j++)
				gb[j]! += delta[o0 + j]! + delta[o1 + j]! + delta[o2 + j]! + delta[o3 + j]!;
			for (let i = 0; i < from; i++) {
				const x0 = x[r0 + i]!;
				const x1 = x[r1 + i]!;
				const x2 = x[r2 + i]!;
				const x3 = x[r3 + i]!;
				const wi = i * to;
				for (let j = 0; j < to; j++)
					gw[wi + j]! +=
						x0 * delta[o0 + j]! + x1 * delta[o1 + j]! + x2 * delta[o2 + j]! + x3 * delta[o3 + j]!;
			}
		}
		for (; n < batch; n++) {
			const row = n * from;
			const out = n * to;
			for (let j = 0; j < to; j++) gb[j]! += delta[out + j]!;
			for (let i = 0; i < from; i++) {
				const xi = x[row + i]!;
				const wi = i * to;
				for (let j = 0; j < to; j++) gw[wi + j]! += xi * delta[out + j]!;
			}
		}
	}
	if (gx.length > 0)
		for (let n = 0; n < batch; n++) {
			const row = n * from;
			const out = n * to;
			let i = 0;
			for (; i + 3 < from; i += 4) {
				const w0 = i * to;
				const w1 = w0 + to;
				const w2 = w0 + 2 * to;
				const w3 = w0 + 3 * to;
				let s0 = 0;
				let s1 = 0;
				let s2 = 0;
				let s3 = 0;
				for (let j = 0; j < to; j++) {
					const d = delta[out + j]!;
					s0 += w[w0 + j]! * d;
					s1 += w[w1 + j]! * d;
					s2 += w[w2 + j]! * d;
					s3 += w[w3 + j]! * d;
				}
				gx[row + i] = s0;
				gx[row + i + 1] = s1;
				gx[row + i + 2] = s2;
				gx[row + i + 3] = s3;
			}
			for (; i < from; i++) {
				const wi = i * to;
				let sum = 0;
				for (let j = 0; j < to; j++) sum += w[wi + j]! * delta[out + j]!;
				gx[row + i] = sum;
			}
		}
}

function narrowBackward(
	x: Float32Array,
	w: Float32Array,
	delta: Float32Array,
	gw: Float32Array,
	gb: Float32Array,
	gx: Float32Array,
	batch: number,
	from: number,
	to: number
) {
	const withWeights = gw.length > 0;
	const withInput = gx.length > 0;
	if (withInput) gx.fill(0);
	for (let n = 0; n < batch; n++) {
		const row = n * from;
		for (let j = 0; j < to; j++) {
			const d = delta[n * to + j]!;
			if (withWeights) {
				gb[j]! += d;
				for (let i = 0, k = j; i < from; i++, k += to) gw[k]! += x[row + i]! * d;
			}
			if (withInput) for (let i = 0, k = j; i < from; i++, k += to) gx[row + i]! += w[k]! * d;
		}
	}
}

/** He-style initialisation from a source of standard normal numbers. */
export function createMlp(sizes: readonly number[], normal: () => number): Mlp {
	if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 512))
		throw new RangeError('layer sizes: at least two layers of 1 to 512 units');
	const weights: Float32Array[] = [];
	const biases: Float32Array[] = [];
	for (let l = 0; l + 1 < sizes.length; l++) {
		const from = sizes[l]!;
		const to = sizes[l + 1]!;
		const scale = Math.sqrt(2 / from);
		weights.push(Float32Array.from({ length: from * to }, () => normal() * scale));
		biases.push(new Float32Array(to));
	}
	return { sizes: [...sizes], weights, biases };
}

/**
 * A forward pass. Its arrays (the output too) are the slot's scratch arrays: copy what must
 * outlive the next pass in the same slot.
 */
export function forward(net: Mlp, input: Float32Array, batch: number, slot = 'main'): ForwardPass {
	const inputs: Float32Array[] = [];
	const preActivations: Float32Array[] = [];
	let current = input;
	const layers = net.weights.length;
	for (let l = 0; l < layers; l++) {
		const from = net.sizes[l]!;
		const to = net.sizes[l + 1]!;
		const w = net.weights[l]!;
		const b = net.biases[l]!;
		const z = scratch(net, `${slot}:z${l}`, batch * to);
		if (to <= NARROW) narrowForward(current, w, b, z, batch, from, to);
		else wideForward(current, w, b, z, batch, from, to);
		inputs.push(current);
		preActivations.push(z);
		if (l + 1 < layers) {
			const a = scratch(net, `${slot}:a${l}`, z.length);
			for (let k = 0; k < z.length; k++) a[k] = z[k]! > 0 ? z[k]! : LEAK * z[k]!;
			current = a;
		} else current = z;
	}
	return { slot, batch, inputs, preActivations, output: current };
}

/**
 * Gradients of a loss, given its gradient with respect to the output of `pass`. Either part may
 * be left out, and then comes back empty: `weights: false` when only the gradient with respect to
 * the input matters (the generator learns through a discriminator that stays as it is),
 * `input: false` when only the weights learn.
 */
export function backward(
	net: Mlp,
	pass: ForwardPass,
	outputGradient: Float32Array,
	{ weights: withWeights = true, input: withInput = true } = {}
): Gradients {
	const { batch } = pass;
	const layers = net.weights.length;
	const weights: Float32Array[] = new Array(layers);
	const biases: Float32Array[] = new Array(layers);
	let delta = outputGradient;
	for (let l = layers - 1; l >= 0; l--) {
		const from = net.sizes[l]!;
		const to = net.sizes[l + 1]!;
		const x = pass.inputs[l]!;
		const w = net.weights[l]!;
		const gw = scratch(net, `${pass.slot}:gw${l}`, withWeights ? from * to : 0).fill(0);
		const gb = scratch(net, `${pass.slot}:gb${l}`, withWeights ? to : 0).fill(0);
		const gx = scratch(net, `${pass.slot}:gx${l}`, l > 0 || withInput ? batch * from : 0);
		const args = [x, w, delta, gw, gb, gx, batch, from, to] as const;
		if (to <= NARROW) narrowBackward(...args);
		else wideBackward(...args);
		weights[l] = gw;
		biases[l] = gb;
		if (l > 0) {
			// Through the leaky ReLU of the layer below.
			const z = pass.preActivations[l - 1]!;
			for (let k = 0; k < gx.length; k++) if (z[k]! <= 0) gx[k]! *= LEAK;
		}
		delta = gx;
	}
	return { weights, biases, input: delta };
}

/** Adam, one instance per network. */
export class Adam {
	private readonly m: Float32Array[];
	private readonly v: Float32Array[];
	private t = 0;

	constructor(
		private readonly net: Mlp,
		public learningRate: number,
		private readonly beta1 = 0.5,
		private readonly beta2 = 0.999,
		private readonly epsilon = 1e-8
	) {
		const params = [...net.weights, ...net.biases];
		this.m = params.map((p) => new Float32Array(p.length));
		this.v = params.map((p) => new Float32Array(p.length));
	}

	step(gradients: Pick<Gradients, 'weights' | 'biases'>): void {
		this.t++;
		const params = [...this.net.weights, ...this.net.biases];
		const grads = [...gradients.weights, ...gradients.biases];
		const correct1 = 1 - this.beta1 ** this.t;
		const correct2 = 1 - this.beta2 ** this.t;
		for (let p = 0; p < params.length; p++) {
			const param = params[p]!;
			const grad = grads[p]!;
			const m = this.m[p]!;
			const v = this.v[p]!;
			for (let k = 0; k < param.length; k++) {
				const g = grad[k]!;
				m[k] = this.beta1 * m[k]! + (1 - this.beta1) * g;
				v[k] = this.beta2 * v[k]! + (1 - this.beta2) * g * g;
				param[k]! -=
					(this.learningRate * (m[k]! / correct1)) / (Math.sqrt(v[k]! / correct2) + this.epsilon);
			}
		}
	}
}

/** Standard normal numbers from a uniform source (Box–Muller). */
export function normalFrom(uniform: () => number): () => number {
	let spare: number | null = null;
	return () => {
		if (spare !== null) {
			const value = spare;
			spare = null;
			return value;
		}
		const u = Math.max(uniform(), 1e-12);
		const v = uniform();
		const r = Math.sqrt(-2 * Math.log(u));
		spare = r * Math.sin(2 * Math.PI * v);
		return r * Math.cos(2 * Math.PI * v);
	};
}
