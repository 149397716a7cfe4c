import type { SketchModel } from './model-file';

/**
 * sketch-rnn's decoder on plain typed arrays: one LSTM step (gate order i, j, f, o; forget bias
 * 1, as TensorFlow's BasicLSTMCell), then a mixture of bivariate Gaussians for the pen's next
 * offset and three pen states (down, up, end). No TensorFlow.js: a step is one 517×2048
 * matrix-vector product, which typed arrays do in about 0.85 ms in Chromium (a whole drawing of
 * up to 168 steps in 0.1-0.2 s; bench/sketch-rnn.bench.js), and nothing needs disposing.
 */

/** One step in sketch-rnn's stroke-5 format: offset (model units) and pen down, up or end. */
export interface Stroke5 {
	dx: number;
	dy: number;
	pen: 0 | 1 | 2;
}

export interface DecoderState {
	c: Float32Array;
	h: Float32Array;
}

export interface Mixture {
	pi: Float32Array;
	muX: Float32Array;
	muY: Float32Array;
	sigmaX: Float32Array;
	sigmaY: Float32Array;
	corr: Float32Array;
	pen: Float32Array;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function initialState(model: SketchModel): DecoderState {
	return { c: new Float32Array(model.hidden), h: new Float32Array(model.hidden) };
}

/** Per-model buffers for a step's input and gates, reused: no garbage from the hot loop. */
const scratch = new WeakMap<SketchModel, { x: Float64Array; z: Float32Array }>();
function buffersFor(model: SketchModel) {
	let buffers = scratch.get(model);
	if (!buffers) {
		buffers = { x: new Float64Array(5 + model.hidden), z: new Float32Array(4 * model.hidden) };
		scratch.set(model, buffers);
	}
	return buffers;
}

/** Feeds one stroke-5 input through the LSTM; returns the new state (the old one is not changed). */
export function step(model: SketchModel, state: DecoderState, input: Stroke5): DecoderState {
	const H = model.hidden;
	const inputs = 5 + H;
	// Float64 so the hot loop reads x without converting; the values are the float32 ones.
	const { x, z } = buffersFor(model);
	x[0] = Math.fround(input.dx);
	x[1] = Math.fround(input.dy);
	x[2] = x[3] = x[4] = 0;
	x[2 + input.pen] = 1;
	for (let k = 0; k < H; k++) x[5 + k] = state.h[k]!;
	const weights = model.kernelByGate;
	const bias = model.bias;
	// One dot product per gate unit over contiguous weights, two units at a time (4H is even) so
	// each x value read serves both. Each unit keeps four running sums (independent additions the
	// CPU can overlap), added up in the same order as one unit at a time: the same result, bit
	// for bit, about 1.6 times as fast.
	const whole = inputs & ~3;
	for (let gate = 0; gate < 4 * H; gate += 2) {
		const a = gate * inputs;
		const b = a + inputs;
		let a0 = 0;
		let a1 = 0;
		let a2 = 0;
		let a3 = 0;
		let b0 = 0;
		let b1 = 0;
		let b2 = 0;
		let b3 = 0;
		for (let k = 0; k < whole; k += 4) {
			const x0 = x[k]!;
			const x1 = x[k + 1]!;
			const x2 = x[k + 2]!;
			const x3 = x[k + 3]!;
			a0 += x0 * weights[a + k]!;
			a1 += x1 * weights[a + k + 1]!;
			a2 += x2 * weights[a + k + 2]!;
			a3 += x3 * weights[a + k + 3]!;
			b0 += x0 * weights[b + k]!;
			b1 += x1 * weights[b + k + 1]!;
			b2 += x2 * weights[b + k + 2]!;
			b3 += x3 * weights[b + k + 3]!;
		}
		for (let k = whole; k < inputs; k++) {
			a0 += x[k]! * weights[a + k]!;
			b0 += x[k]! * weights[b + k]!;
		}
		z[gate] = bias[gate]! + a0 + a1 + a2 + a3;
		z[gate + 1] = bias[gate + 1]! + b0 + b1 + b2 + b3;
	}
	const c = new Float32Array(H);
	const next = new Float32Array(H);
	for (let k = 0; k < H; k++) {
		const i = z[k]!;
		const j = z[H + k]!;
		const f = z[2 * H + k]!;
		const o = z[3 * H + k]!;
		c[k] = state.c[k]! * sigmoid(f + 1) + sigmoid(i) * Math.tanh(j);
		next[k] = Math.tanh(c[k]!) * sigmoid(o);
	}
	return { c, h: next };
}

function softmax(values: Float32Array, temperature = 1): Float32Array {
	let max = -Infinity;
	for (const v of values) max = Math.max(max, v / temperature);
	const out = new Float32Array(values.length);
	let sum = 0;
	for (let i = 0; i < values.length; i++) sum += out[i] = Math.exp(values[i]! / temperature - max);
	for (let i = 0; i < values.length; i++) out[i]! /= sum;
	return out;
}

/** The distribution of the next step, from the LSTM's output; temperature 1 is the model's own. */
export function mixture(model: SketchModel, state: DecoderState, temperature = 1): Mixture {
	const H = model.hidden;
	const M = model.mixtures;
	const outputs = 3 + 6 * M;
	const y = Float32Array.from(model.outputBias);
	const w = model.outputKernel;
	for (let row = 0; row < H; row++) {
		const value = state.h[row]!;
		if (value === 0) continue;
		const offset = row * outputs;
		for (let col = 0; col < outputs; col++) y[col]! += value * w[offset + col]!;
	}
	const block = (k: number) => y.subarray(3 + k * M, 3 + (k + 1) * M);
	const spread = Math.sqrt(temperature);
	return {
		// The pen is cooled less than the mixture, as Magenta's JavaScript does: at low temperatures
		// the pen would otherwise almost never lift or end the drawing.
		pen: softmax(y.subarray(0, 3), temperature === 1 ? 1 : 0.5 + 0.5 * temperature),
		pi: softmax(block(0), temperature),
		muX: Float32Array.from(block(1)),
		muY: Float32Array.from(block(2)),
		sigmaX: Float32Array.from(block(3), (v) => Math.exp(v) * spread),
		sigmaY: Float32Array.from(block(4), (v) => Math.exp(v) * spread),
		corr: Float32Array.from(block(5), Math.tanh)
	};
}

const LOG_2PI = Math.log(2 * Math.PI);

/** log p(step | mixture): the offset's density (only when the pen was down or lifted) plus the pen's. */
export function stepLogLikelihood(m: Mixture, next: Stroke5): number {
	let offset = 0;
	if (next.pen !== 2) {
		let total = 0;
		for (let k = 0; k < m.pi.length; k++) {
			const sx = m.sigmaX[k]!;
			const sy = m.sigmaY[k]!;
			const rho = Math.max(-0.9999, Math.min(0.9999, m.corr[k]!));
			const zx = (next.dx - m.muX[k]!) / sx;
			const zy = (next.dy - m.muY[k]!) / sy;
			const oneMinus = 1 - rho * rho;
			const exponent = -(zx * zx + zy * zy - 2 * rho * zx * zy) / (2 * oneMinus);
			total += m.pi[k]! * Math.exp(exponent - LOG_2PI - Math.log(sx * sy * Math.sqrt(oneMinus)));
		}
		offset = Math.log(total + 1e-12);
	}
	return offset + Math.log(m.pen[next.pen]! + 1e-12);
}

/** The start input sketch-rnn begins every drawing with. */
export const START: Stroke5 = { dx: 0, dy: 0, pen: 0 };

/**
 * Average log-likelihood per step of a whole drawing (stroke-5 in the model's units, ending with
 * the end state, as `toStroke5(drawing, drawingScale(model.info))` gives it): how likely the
 * model finds it that someone drew exactly this. Offsets are measured in the simplified drawing's
 * own units, so models with different scale factors can be compared on the same drawing.
 */
export function logLikelihood(model: SketchModel, steps: readonly Stroke5[]): number {
	let state = step(model, initialState(model), START);
	let total = 0;
	// The density of an offset in drawing units is the model's density over its scale squared.
	const jacobian = 2 * Math.log(model.info.scaleFactor / model.info.pixelFactor);
	for (const next of steps) {
		total += stepLogLikelihood(mixture(model, state), next) - (next.pen === 2 ? 0 : jacobian);
		state = step(model, state, next);
	}
	return total / steps.length;
}

/** A standard normal sample (Box-Muller) from a uniform source. */
function gaussian(random: () => number): number {
	const u = Math.max(random(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function pick(weights: Float32Array, random: () => number): number {
	let r = random();
	for (let i = 0; i < weights.length; i++) {
		r -= weights[i]!;
		if (r <= 0) return i;
	}
	return weights.length - 1;
}

/** One step drawn from the mixture. */
export function sampleStep(m: Mixture, random: () => number): Stroke5 {
	const pen = pick(m.pen, random) as 0 | 1 | 2;
	const k = pick(m.pi, random);
	const a = gaussian(random);
	const b = gaussian(random);
	const rho = m.corr[k]!;
	return {
		dx: m.muX[k]! + m.sigmaX[k]! * a,
		dy: m.muY[k]! + m.sigmaY[k]! * (rho * a + Math.sqrt(1 - rho * rho) * b),
		pen
	};
}

export interface SampleOptions {
	temperature: number;
	random: () => number;
	/** Steps already drawn (a child's first strokes): fed through the decoder first. */
	prefix?: readonly Stroke5[];
	/** Defaults to the model's max_seq_len. */
	maxSteps?: number;
}

export interface SampleResult {
	/** The new steps, ending with the end state. */
	steps: Stroke5[];
	/** True when the model did not end the drawing by itself within max_seq_len. */
	cut: boolean;
}

/**
 * One drawing by the model (or the rest of a started one), computed a few steps at a time so a
 * page never freezes: `advance` runs a slice of LSTM steps and says when the drawing is done.
 */
export class SketchRun {
	readonly steps: Stroke5[] = [];
	done = false;
	/** True when the model had not ended the drawing by max_seq_len. */
	cut = false;
	private state: DecoderState;
	private fed = 0;
	private readonly prefix: readonly Stroke5[];
	private readonly limit: number;

	constructor(
		private readonly model: SketchModel,
		private readonly options: SampleOptions
	) {
		this.prefix = options.prefix ?? [];
		this.limit = options.maxSteps ?? model.info.maxSeqLen;
		this.state = step(model, initialState(model), START);
	}

	/** Runs up to `budget` LSTM steps (feeding the prefix counts); returns true when done. */
	advance(budget: number): boolean {
		for (let n = 0; n < budget && !this.done; n++) {
			if (this.fed < this.prefix.length) {
				this.state = step(this.model, this.state, this.prefix[this.fed++]!);
				continue;
			}
			if (this.prefix.length + this.steps.length >= this.limit) {
				// Out of room: the last step becomes the end.
				const last = this.steps.pop();
				this.steps.push({ dx: last?.dx ?? 0, dy: last?.dy ?? 0, pen: 2 });
				this.cut = true;
				this.done = true;
				break;
			}
			const next = sampleStep(
				mixture(this.model, this.state, this.options.temperature),
				this.options.random
			);
			this.steps.push(next);
			if (next.pen === 2) this.done = true;
			else this.state = step(this.model, this.state, next);
		}
		return this.done;
	}
}

/** Draws a whole drawing (or finishes one) until the model ends it, or max_seq_len steps in all. */
export function sample(model: SketchModel, options: SampleOptions): SampleResult {
	const run = new SketchRun(model, options);
	run.advance(Infinity);
	return { steps: run.steps, cut: run.cut };
}
