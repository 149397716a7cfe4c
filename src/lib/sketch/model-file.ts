/**
 * Magenta's sketch-rnn decoder models (`.gen.json`): `[info, shapes, weights]`. The weights are
 * base64 little-endian int16 arrays scaled by 10/32767, in this order: output kernel (H×123),
 * output bias (123), LSTM input kernel (5×4H), LSTM recurrent kernel (H×4H), LSTM bias (4H).
 */
export interface SketchModelInfo {
	name: string;
	maxSeqLen: number;
	/** The standard deviation the offsets were divided by in training. */
	scaleFactor: number;
	/**
	 * How many of the training data's units make one unit of a simplified (0-255) drawing.
	 * Magenta's models learned from raw screen drawings, about twice that size, and its JavaScript
	 * divides screen input by 2 by default; the project's own models say 1 (`pixel_factor`).
	 */
	pixelFactor: number;
}

export interface SketchModel {
	info: SketchModelInfo;
	/** LSTM units (H). */
	hidden: number;
	/** Mixture components (20 in Magenta's models). */
	mixtures: number;
	/** (5 + H) × 4H: input rows then recurrent rows, gate order i, j, f, o. */
	kernel: Float32Array;
	/** The same, transposed (4H rows of 5 + H): each gate's weights side by side, for speed. */
	kernelByGate: Float32Array;
	/** 4H. */
	bias: Float32Array;
	/** H × outputs. */
	outputKernel: Float32Array;
	/** outputs = 3 + 6 × mixtures. */
	outputBias: Float32Array;
}

export class SketchModelError extends Error {}

function decodeWeights(base64: unknown, expected: number, what: string): Float32Array {
	if (typeof base64 !== 'string') throw new SketchModelError(`The ${what} weights are missing.`);
	let bytes: Uint8Array;
	try {
		const text = atob(base64);
		// A plain loop: about ten times faster than Uint8Array.from with a callback on 2.8 MB.
		bytes = new Uint8Array(text.length);
		for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
	} catch {
		throw new SketchModelError(`The ${what} weights are not base64.`);
	}
	if (bytes.length !== expected * 2)
		throw new SketchModelError(
			`The ${what} weights hold ${Math.floor(bytes.length / 2)} numbers, not ${expected}: the file is truncated or damaged.`
		);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const out = new Float32Array(expected);
	for (let i = 0; i < expected; i++) out[i] = (10 * view.getInt16(i * 2, true)) / 32767;
	return out;
}

const isShape = (value: unknown, length: number): value is number[] =>
	Array.isArray(value) &&
	value.length === length &&
	value.every((n) => Number.isInteger(n) && n > 0 && n <= 100_000);

/** Reads a `.gen.json` model, or throws a SketchModelError saying what is wrong with it. */
export function parseSketchModel(json: unknown): SketchModel {
	if (!Array.isArray(json) || json.length < 3)
		throw new SketchModelError('Not a sketch-rnn model: expected [info, shapes, weights].');
	const [info, shapes, weights] = json as [unknown, unknown, unknown];
	const record = (info ?? {}) as Record<string, unknown>;
	const maxSeqLen = Number(record.max_seq_len);
	const scaleFactor = Number(record.scale_factor);
	const pixelFactor = record.pixel_factor === undefined ? 2 : Number(record.pixel_factor);
	if (!(maxSeqLen > 0 && maxSeqLen <= 10_000) || !(scaleFactor > 0) || !(pixelFactor > 0))
		throw new SketchModelError('The model information (max_seq_len, scale_factor) is missing.');
	if (
		!Array.isArray(shapes) ||
		shapes.length !== 5 ||
		!Array.isArray(weights) ||
		weights.length !== 5
	)
		throw new SketchModelError(
			'Unknown model layout: expected 5 weight arrays (a decoder-only model).'
		);
	const [outShape, outBiasShape, inputShape, recurrentShape, biasShape] = shapes as unknown[];
	if (
		!isShape(outShape, 2) ||
		!isShape(outBiasShape, 1) ||
		!isShape(inputShape, 2) ||
		!isShape(recurrentShape, 2) ||
		!isShape(biasShape, 1)
	)
		throw new SketchModelError('Unknown model layout: the shapes are not numbers.');
	const hidden = outShape[0]!;
	const outputs = outShape[1]!;
	const gates = 4 * hidden;
	if (
		outBiasShape[0] !== outputs ||
		inputShape[0] !== 5 ||
		inputShape[1] !== gates ||
		recurrentShape[0] !== hidden ||
		recurrentShape[1] !== gates ||
		biasShape[0] !== gates ||
		(outputs - 3) % 6 !== 0 ||
		outputs < 9
	)
		throw new SketchModelError(
			'Unknown model layout: expected an LSTM decoder with 5 inputs and a mixture output.'
		);
	const outputKernel = decodeWeights(weights[0], hidden * outputs, 'output');
	const outputBias = decodeWeights(weights[1], outputs, 'output bias');
	const inputKernel = decodeWeights(weights[2], 5 * gates, 'input');
	const recurrentKernel = decodeWeights(weights[3], hidden * gates, 'recurrent');
	const bias = decodeWeights(weights[4], gates, 'LSTM bias');
	const kernel = new Float32Array((5 + hidden) * gates);
	kernel.set(inputKernel, 0);
	kernel.set(recurrentKernel, 5 * gates);
	const inputs = 5 + hidden;
	const kernelByGate = new Float32Array(inputs * gates);
	for (let row = 0; row < inputs; row++)
		for (let col = 0; col < gates; col++)
			kernelByGate[col * inputs + row] = kernel[row * gates + col]!;
	return {
		info: { name: String(record.name ?? 'model'), maxSeqLen, scaleFactor, pixelFactor },
		hidden,
		kernelByGate,
		mixtures: (outputs - 3) / 6,
		kernel,
		bias,
		outputKernel,
		outputBias
	};
}
