import type { GeneratorWeights } from './image-gan';

/**
 * The file a trained generator ships in (static/gan/), written by `npm run gan:pretrain`.
 * Binary, little-endian: "DAIG", version (u8), then size, latent and hidden (u16 each), the
 * number of weights (u32), and the weights as float32.
 */
export const PRETRAINED_PATH = '/gan/faces-generator.bin';
const MAGIC = [0x44, 0x41, 0x49, 0x47]; // "DAIG"
const VERSION = 1;
const HEADER = 4 + 1 + 2 * 3 + 4;
/** Far above any generator small enough to train on a tablet. */
const MAX_WEIGHTS = 4_000_000;

export class GeneratorFileError extends Error {}

export function encodeGenerator(weights: GeneratorWeights): Uint8Array {
	const bytes = new Uint8Array(HEADER + weights.values.length * 4);
	const view = new DataView(bytes.buffer);
	bytes.set(MAGIC);
	view.setUint8(4, VERSION);
	view.setUint16(5, weights.size, true);
	view.setUint16(7, weights.latent, true);
	view.setUint16(9, weights.hidden, true);
	view.setUint32(11, weights.values.length, true);
	weights.values.forEach((v, k) => view.setFloat32(HEADER + k * 4, v, true));
	return bytes;
}

export function decodeGenerator(bytes: Uint8Array): GeneratorWeights {
	if (bytes.length < HEADER || MAGIC.some((b, k) => bytes[k] !== b))
		throw new GeneratorFileError('not a generator file');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.getUint8(4) !== VERSION)
		throw new GeneratorFileError('a generator file of another version');
	const size = view.getUint16(5, true);
	const latent = view.getUint16(7, true);
	const hidden = view.getUint16(9, true);
	const count = view.getUint32(11, true);
	const expected = latent * hidden + hidden + hidden * size * size + size * size;
	if (count !== expected || count > MAX_WEIGHTS || bytes.length !== HEADER + count * 4)
		throw new GeneratorFileError('a generator file of the wrong length');
	const values = new Float32Array(count);
	for (let k = 0; k < count; k++) {
		const v = view.getFloat32(HEADER + k * 4, true);
		if (!Number.isFinite(v)) throw new GeneratorFileError('a generator file with broken weights');
		values[k] = v;
	}
	return { size, latent, hidden, values };
}
