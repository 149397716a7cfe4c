import { seededRandom } from '../../doodle/random';

/**
 * sketch-rnn's unconditional decoder for training, on plain typed arrays: exactly the network
 * `decoder.ts` runs (LSTM with gate order i, j, f, o and forget bias 1 added, then a mixture of
 * bivariate Gaussians and three pen states), with its loss and gradients by hand. One flat array
 * holds every parameter, so the optimiser and the worker threads see one buffer.
 */
export interface NetworkShape {
	hidden: number;
	mixtures: number;
}

/** Where each weight array lives in the flat parameter array, in the `.gen.json` order. */
export interface Layout {
	hidden: number;
	mixtures: number;
	outputs: number;
	gates: number;
	/** 5 + hidden: the LSTM's input row (stroke-5 input, then the previous h). */
	inputs: number;
	outputKernel: number;
	outputBias: number;
	/** (5 + H) × 4H: the input kernel's 5 rows, then the recurrent kernel's H rows. */
	kernel: number;
	bias: number;
	size: number;
}

export function layoutOf({ hidden, mixtures }: NetworkShape): Layout {
	const outputs = 3 + 6 * mixtures;
	const gates = 4 * hidden;
	const inputs = 5 + hidden;
	const outputKernel = 0;
	const outputBias = outputKernel + hidden * outputs;
	const kernel = outputBias + outputs;
	const bias = kernel + inputs * gates;
	return {
		hidden,
		mixtures,
		outputs,
		gates,
		inputs,
		outputKernel,
		outputBias,
		kernel,
		bias,
		size: bias + gates
	};
}

/** Glorot-uniform LSTM kernel (as TensorFlow's LSTM cell), small normal output layer, zero biases. */
export function initialParameters(layout: Layout, seed: number): Float32Array {
	const random = seededRandom(seed);
	const params = new Float32Array(layout.size);
	const normal = () =>
		Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
	for (let i = 0; i < layout.hidden * layout.outputs; i++)
		params[layout.outputKernel + i] = 0.08 * normal();
	const limit = Math.sqrt(6 / (layout.inputs + layout.gates));
	for (let i = 0; i < layout.inputs * layout.gates; i++)
		params[layout.kernel + i] = (2 * random() - 1) * limit;
	return params;
}

/** A training drawing: stroke-5 steps in model units, `dx, dy, pen` per step, ending with pen 2. */
export interface Sequence {
	steps: Float32Array;
	length: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const LOG_2PI = Math.log(2 * Math.PI);

/** Per-sequence buffers reused between batches. */
interface Scratch {
	capacity: number;
	/** Per step: the LSTM input row [x, h_prev] (inputs floats). */
	x: Float32Array;
	/** Per step: sigmoid(i), tanh(j), sigmoid(f + 1), sigmoid(o) (gates floats). */
	act: Float32Array;
	/** Per step: c and tanh(c) (hidden floats each). */
	c: Float32Array;
	tanhC: Float32Array;
	/** Per step: dLoss/dh from the output layer. */
	dhOut: Float32Array;
	z: Float32Array;
	y: Float32Array;
	dy: Float32Array;
	dz: Float32Array;
	dh: Float32Array;
	dc: Float32Array;
	mix: Float64Array;
}

function scratchFor(layout: Layout, steps: number, old?: Scratch): Scratch {
	if (old && old.capacity >= steps) return old;
	const { inputs, gates, hidden, outputs, mixtures } = layout;
	return {
		capacity: steps,
		x: new Float32Array(steps * inputs),
		act: new Float32Array(steps * gates),
		c: new Float32Array((steps + 1) * hidden),
		tanhC: new Float32Array(steps * hidden),
		dhOut: new Float32Array(steps * hidden),
		z: new Float32Array(gates),
		y: new Float32Array(outputs),
		dy: new Float32Array(outputs),
		dz: new Float32Array(gates),
		dh: new Float32Array(hidden),
		dc: new Float32Array(hidden),
		mix: new Float64Array(mixtures)
	};
}

/**
 * The loss of one step's output `y` for the target (dx, dy, pen), and its gradient into `dy`
 * (scaled by `weight`). The offset's mixture NLL counts unless the target is the end state, as
 * in sketch-rnn; the pen's cross-entropy always counts.
 */
export function outputLoss(
	y: Float32Array,
	target: { dx: number; dy: number; pen: number },
	mixtures: number,
	weight: number,
	dy: Float32Array,
	mix: Float64Array = new Float64Array(mixtures)
): number {
	const M = mixtures;
	dy.fill(0);
	// Pen: softmax cross-entropy.
	const penMax = Math.max(y[0]!, y[1]!, y[2]!);
	const penSum = Math.exp(y[0]! - penMax) + Math.exp(y[1]! - penMax) + Math.exp(y[2]! - penMax);
	let loss = -(y[target.pen]! - penMax - Math.log(penSum));
	for (let k = 0; k < 3; k++)
		dy[k] = weight * (Math.exp(y[k]! - penMax) / penSum - (k === target.pen ? 1 : 0));
	if (target.pen === 2) return loss;
	// Offset: -log sum_k pi_k N_k, in the log domain. mix[k] = log pi_k + log N_k.
	const PI = 3;
	const MUX = 3 + M;
	const MUY = 3 + 2 * M;
	const SX = 3 + 3 * M;
	const SY = 3 + 4 * M;
	const RHO = 3 + 5 * M;
	let piMax = -Infinity;
	for (let k = 0; k < M; k++) piMax = Math.max(piMax, y[PI + k]!);
	let piSum = 0;
	for (let k = 0; k < M; k++) piSum += Math.exp(y[PI + k]! - piMax);
	const logPiNorm = piMax + Math.log(piSum);
	let best = -Infinity;
	for (let k = 0; k < M; k++) {
		const sx = Math.exp(y[SX + k]!);
		const sy = Math.exp(y[SY + k]!);
		const rho = Math.tanh(y[RHO + k]!);
		const oneMinus = Math.max(1 - rho * rho, 1e-6);
		const zx = (target.dx - y[MUX + k]!) / sx;
		const zy = (target.dy - y[MUY + k]!) / sy;
		const Z = zx * zx + zy * zy - 2 * rho * zx * zy;
		const logN = -LOG_2PI - y[SX + k]! - y[SY + k]! - 0.5 * Math.log(oneMinus) - Z / (2 * oneMinus);
		mix[k] = y[PI + k]! - logPiNorm + logN;
		best = Math.max(best, mix[k]!);
	}
	let total = 0;
	for (let k = 0; k < M; k++) total += Math.exp(mix[k]! - best);
	const logTotal = best + Math.log(total);
	loss -= logTotal;
	for (let k = 0; k < M; k++) {
		const gamma = Math.exp(mix[k]! - logTotal);
		const pi = Math.exp(y[PI + k]! - logPiNorm);
		const sx = Math.exp(y[SX + k]!);
		const sy = Math.exp(y[SY + k]!);
		const rho = Math.tanh(y[RHO + k]!);
		const oneMinus = Math.max(1 - rho * rho, 1e-6);
		const zx = (target.dx - y[MUX + k]!) / sx;
		const zy = (target.dy - y[MUY + k]!) / sy;
		const Z = zx * zx + zy * zy - 2 * rho * zx * zy;
		const g = -gamma * weight;
		dy[PI + k] = weight * (pi - gamma);
		dy[MUX + k] = (g * (zx - rho * zy)) / (sx * oneMinus);
		dy[MUY + k] = (g * (zy - rho * zx)) / (sy * oneMinus);
		dy[SX + k] = g * (-1 + (zx * (zx - rho * zy)) / oneMinus);
		dy[SY + k] = g * (-1 + (zy * (zy - rho * zx)) / oneMinus);
		dy[RHO + k] = g * (rho + zx * zy - (rho * Z) / oneMinus);
	}
	return loss;
}

/**
 * Feeds one drawing through the decoder (start input, then each step as the next input), adds
 * its loss gradient, times `weight`, into `grads`, and returns its summed loss.
 */
export class SequenceTrainer {
	private scratch?: Scratch;
	constructor(readonly layout: Layout) {}

	accumulate(
		params: Float32Array,
		sequence: Sequence,
		weight: number,
		grads: Float32Array
	): number {
		const L = this.layout;
		const { hidden: H, gates: G, inputs: I, outputs: O, mixtures: M } = L;
		const T = sequence.length;
		const s = (this.scratch = scratchFor(L, T, this.scratch));
		const { x, act, c, tanhC, dhOut, z, y, dy } = s;
		const W = L.kernel;
		const B = L.bias;
		const WO = L.outputKernel;
		const BO = L.outputBias;
		c.fill(0, 0, H);
		let loss = 0;
		for (let t = 0; t < T; t++) {
			// Input row: the previous step (or the start [0, 0, 1, 0, 0]), then h_{t-1}.
			const xo = t * I;
			x.fill(0, xo, xo + 5);
			if (t === 0) x[xo + 2] = 1;
			else {
				x[xo] = sequence.steps[(t - 1) * 3]!;
				x[xo + 1] = sequence.steps[(t - 1) * 3 + 1]!;
				x[xo + 2 + sequence.steps[(t - 1) * 3 + 2]!] = 1;
			}
			const hPrev = t === 0 ? null : t - 1;
			for (let k = 0; k < H; k++)
				x[xo + 5 + k] = hPrev === null ? 0 : tanhC[hPrev * H + k]! * act[hPrev * G + 3 * H + k]!;
			for (let g = 0; g < G; g++) z[g] = params[B + g]!;
			for (let k = 0; k < I; k++) {
				const v = x[xo + k]!;
				if (v === 0) continue;
				const row = W + k * G;
				for (let g = 0; g < G; g++) z[g]! += v * params[row + g]!;
			}
			const ao = t * G;
			const co = t * H;
			for (let k = 0; k < H; k++) {
				const i = sigmoid(z[k]!);
				const j = Math.tanh(z[H + k]!);
				const f = sigmoid(z[2 * H + k]! + 1);
				const o = sigmoid(z[3 * H + k]!);
				act[ao + k] = i;
				act[ao + H + k] = j;
				act[ao + 2 * H + k] = f;
				act[ao + 3 * H + k] = o;
				const cell = c[co + k]! * f + i * j;
				c[co + H + k] = cell;
				tanhC[co + k] = Math.tanh(cell);
			}
			// Output layer and its loss; its gradient goes straight into the output weights and dh.
			for (let q = 0; q < O; q++) y[q] = params[BO + q]!;
			const h = (k: number) => tanhC[co + k]! * act[ao + 3 * H + k]!;
			for (let k = 0; k < H; k++) {
				const v = h(k);
				const row = WO + k * O;
				for (let q = 0; q < O; q++) y[q]! += v * params[row + q]!;
			}
			const target = {
				dx: sequence.steps[t * 3]!,
				dy: sequence.steps[t * 3 + 1]!,
				pen: sequence.steps[t * 3 + 2]!
			};
			loss += outputLoss(y, target, M, weight, dy, s.mix);
			for (let q = 0; q < O; q++) grads[BO + q]! += dy[q]!;
			for (let k = 0; k < H; k++) {
				const v = h(k);
				const row = WO + k * O;
				let sum = 0;
				for (let q = 0; q < O; q++) {
					const d = dy[q]!;
					sum += d * params[row + q]!;
					grads[row + q]! += v * d;
				}
				dhOut[co + k] = sum;
			}
		}
		// Back through time.
		const { dz, dh, dc } = s;
		dh.fill(0);
		dc.fill(0);
		for (let t = T - 1; t >= 0; t--) {
			const ao = t * G;
			const co = t * H;
			for (let k = 0; k < H; k++) {
				const i = act[ao + k]!;
				const j = act[ao + H + k]!;
				const f = act[ao + 2 * H + k]!;
				const o = act[ao + 3 * H + k]!;
				const tc = tanhC[co + k]!;
				const dhk = dh[k]! + dhOut[co + k]!;
				const dck = dc[k]! + dhk * o * (1 - tc * tc);
				dz[k] = dck * j * i * (1 - i);
				dz[H + k] = dck * i * (1 - j * j);
				dz[2 * H + k] = dck * c[co + k]! * f * (1 - f);
				dz[3 * H + k] = dhk * tc * o * (1 - o);
				dc[k] = dck * f;
			}
			for (let g = 0; g < G; g++) grads[B + g]! += dz[g]!;
			const xo = t * I;
			for (let k = 0; k < I; k++) {
				const v = x[xo + k]!;
				const row = W + k * G;
				let sum = 0;
				if (v === 0) {
					if (k >= 5) for (let g = 0; g < G; g++) sum += dz[g]! * params[row + g]!;
				} else
					for (let g = 0; g < G; g++) {
						const d = dz[g]!;
						sum += d * params[row + g]!;
						grads[row + g]! += v * d;
					}
				if (k >= 5) dh[k - 5] = sum;
			}
		}
		return loss;
	}
}
