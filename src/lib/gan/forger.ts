import { DEFAULT_RASTER } from '../doodle/raster';
import { FACE_SIZE } from './faces';
import { decodeGenerator, GeneratorFileError } from './generator-file';
import type { GeneratorWeights } from './image-gan';

/**
 * A class's forger: a picture GAN's generator that a student trained and shared with the class,
 * so that "Real or fake?" there pits everyone against it. Plain TypeScript (no TensorFlow.js), so
 * the server checks an upload with the same rules the worker loads it with.
 */
export const FORGER_DATA = ['faces', 'cows', 'drawings'] as const;
export type ForgerData = (typeof FORGER_DATA)[number];

/** The picture GAN's generator shape (`IMAGE_GAN_DEFAULTS`): only such a file loads. */
export const FORGER_LATENT = 16;
export const FORGER_HIDDEN = 128;

/** Pixels a side for each kind of pictures: the faces' own, the doodle lab's for doodles. */
export const forgerSize = (data: ForgerData) =>
	data === 'faces' ? FACE_SIZE : DEFAULT_RASTER.size;

const HEADER_BYTES = 15;
/** The largest forger file: a doodle generator (28 × 28), weights as float32. */
export const MAX_FORGER_BYTES =
	HEADER_BYTES +
	4 *
		(FORGER_LATENT * FORGER_HIDDEN +
			FORGER_HIDDEN +
			FORGER_HIDDEN * DEFAULT_RASTER.size ** 2 +
			DEFAULT_RASTER.size ** 2);

export type ForgerProblem = 'not_a_generator' | 'wrong_generator';

/** The generator in `bytes`, if it is one of ours, of the shape and size its pictures need. */
export function checkForger(
	bytes: Uint8Array,
	data: ForgerData
): { ok: true; weights: GeneratorWeights } | { ok: false; problem: ForgerProblem } {
	if (bytes.length > MAX_FORGER_BYTES) return { ok: false, problem: 'wrong_generator' };
	let weights: GeneratorWeights;
	try {
		weights = decodeGenerator(bytes);
	} catch (error) {
		if (error instanceof GeneratorFileError) return { ok: false, problem: 'not_a_generator' };
		throw error;
	}
	const fits =
		weights.latent === FORGER_LATENT &&
		weights.hidden === FORGER_HIDDEN &&
		weights.size === forgerSize(data);
	return fits ? { ok: true, weights } : { ok: false, problem: 'wrong_generator' };
}
