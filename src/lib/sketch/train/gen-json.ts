import type { SketchModel } from '../model-file';
import type { Layout } from './network';

/** The extra facts a trained model's info carries besides Magenta's own keys. */
export interface GenJsonInfo {
	name: string;
	maxSeqLen: number;
	scaleFactor: number;
	[extra: string]: unknown;
}

/** Magenta's int16 quantisation: float = 10 × int16 / 32767, so weights are clipped to ±10. */
function quantise(values: Float32Array): string {
	const bytes = new Uint8Array(values.length * 2);
	const view = new DataView(bytes.buffer);
	values.forEach((v, i) => {
		const clipped = Math.max(-10, Math.min(10, v));
		view.setInt16(i * 2, Math.round((clipped * 32767) / 10), true);
	});
	return Buffer.from(bytes).toString('base64');
}

/**
 * A decoder-only `.gen.json` as Magenta publishes them: `[info, shapes, weights]`, the weights in
 * the order output kernel, output bias, LSTM input kernel, recurrent kernel, LSTM bias.
 */
export function toGenJson(params: Float32Array, layout: Layout, info: GenJsonInfo): unknown[] {
	const { hidden: H, outputs, gates } = layout;
	const part = (start: number, length: number) => params.subarray(start, start + length);
	const { name, maxSeqLen, scaleFactor, ...extra } = info;
	return [
		{ mode: 2, version: 6, max_seq_len: maxSeqLen, name, scale_factor: scaleFactor, ...extra },
		[[H, outputs], [outputs], [5, gates], [H, gates], [gates]],
		[
			quantise(part(layout.outputKernel, H * outputs)),
			quantise(part(layout.outputBias, outputs)),
			quantise(part(layout.kernel, 5 * gates)),
			quantise(part(layout.kernel + 5 * gates, H * gates)),
			quantise(part(layout.bias, gates))
		]
	];
}

/** The flat parameters of a decoder read with `parseSketchModel`, to train it further. */
export function parametersOf(model: SketchModel, layout: Layout): Float32Array {
	if (model.hidden !== layout.hidden || model.mixtures !== layout.mixtures)
		throw new Error(`The model has ${model.hidden} units and ${model.mixtures} mixtures.`);
	const params = new Float32Array(layout.size);
	params.set(model.outputKernel, layout.outputKernel);
	params.set(model.outputBias, layout.outputBias);
	params.set(model.kernel, layout.kernel);
	params.set(model.bias, layout.bias);
	return params;
}
