import { DEFAULT_RASTER, rasterize } from '../doodle/raster';
import type { SimplifiedDrawing } from '../doodle/strokes';
import { seededRandom } from '../doodle/random';
import { FACE_SIZE, faceSet } from './faces';
import { decodeGenerator, encodeGenerator } from './generator-file';
import { ImageGan, type ImageGanStep } from './image-gan';
import { drawingsProblem, type PictureProblem } from './pictures';

/**
 * What the image GAN's worker does with each message, free of the worker global so it is tested
 * in Node. The page asks for a stretch of training at a time (a time budget), and gets back the
 * pictures the generator makes from the same fixed noise, so the grid shows one set of faces
 * changing as the GAN learns.
 */
export type ImageDataName = 'faces' | 'cows';
export type ImageData = ImageDataName | { drawings: unknown };

export type ToImageGan =
	| { type: 'start'; id: number; data: ImageData; seed?: number }
	| { type: 'train'; id: number; budgetMs: number }
	| { type: 'reset'; id: number }
	/** The shipped face generator, or `bytes` of another generator file (the class's forger). */
	| { type: 'pretrained'; id: number; bytes?: Uint8Array }
	/** The generator as a file, to share with the class. */
	| { type: 'generator'; id: number }
	| { type: 'walk'; id: number; from: number; to: number; steps: number }
	| { type: 'pictures'; id: number; kind: 'real' | 'fake'; count: number };

export interface HistoryPoint extends ImageGanStep {
	iteration: number;
}

export interface ImageGanState {
	iterations: number;
	data: ImageDataName | 'drawings';
	/** Pixels a side: the faces' 20, or the doodle lab's own 28 for doodles. */
	size: number;
	realCount: number;
	/** Pictures from the fixed noise, SAMPLE_COUNT of them, 0 white to 1 black. */
	samples: Float32Array;
	/** A few of the real pictures, as many as the samples, to set beside them. */
	real: Float32Array;
	/** One point per stretch of training since the last answer (the mean over its iterations). */
	history: HistoryPoint[];
	/** Whether the generator came from a file, shipped or shared (and has not trained since). */
	pretrained: boolean;
	milliseconds: number;
}

export type FromImageGan =
	| { type: 'state'; id: number; state: ImageGanState }
	| { type: 'pictures'; id: number; pictures: Float32Array }
	| { type: 'generator'; id: number; bytes: Uint8Array }
	| { type: 'failed'; id: number; message: string; problem?: PictureProblem | 'pretrained' };

export const SAMPLE_COUNT = 16;
export const FACE_COUNT = 600;
export const MAX_BUDGET_MS = 400;
export const MAX_WALK_STEPS = 12;
export const MAX_PICTURES = 64;
/**
 * Doodles are drawn as the doodle lab draws them (28 × 28), so the lab's own classifier can say
 * whether the GAN's doodles read as cows.
 */
export const DOODLE_RASTER = DEFAULT_RASTER;
export const sizeOf = (data: ImageGanState['data']) =>
	data === 'faces' ? FACE_SIZE : DOODLE_RASTER.size;

export function buffersOf(message: FromImageGan): ArrayBuffer[] {
	if (message.type === 'pictures') return [message.pictures.buffer as ArrayBuffer];
	if (message.type === 'generator') return [message.bytes.buffer as ArrayBuffer];
	if (message.type === 'state')
		return [message.state.samples.buffer as ArrayBuffer, message.state.real.buffer as ArrayBuffer];
	return [];
}

export interface ImageSessionSources {
	/** The real cow doodles the app ships (the lab's Quick, Draw! cows and its own). */
	cows(): Promise<SimplifiedDrawing[]>;
	/** The shipped generator file's bytes. */
	pretrained(): Promise<Uint8Array>;
}

export function rasterizeAll(drawings: readonly SimplifiedDrawing[]): Float32Array {
	const pixels = DOODLE_RASTER.size ** 2;
	const out = new Float32Array(drawings.length * pixels);
	drawings.forEach((drawing, i) =>
		rasterize(drawing, DOODLE_RASTER, out.subarray(i * pixels, (i + 1) * pixels))
	);
	return out;
}

export function createImageSession(
	post: (message: FromImageGan) => void,
	sources: ImageSessionSources,
	now = () => performance.now()
) {
	let gan: ImageGan | null = null;
	let data: ImageGanState['data'] = 'faces';
	let realPictures: Float32Array = new Float32Array(0);
	let fixedNoise: Float32Array = new Float32Array(0);
	let pretrained = false;
	let pending: HistoryPoint[] = [];
	const pixels = () => sizeOf(data) ** 2;

	async function picturesOf(
		wanted: ImageData,
		seed: number
	): Promise<{ name: ImageGanState['data']; pictures: Float32Array }> {
		if (wanted === 'faces') return { name: 'faces', pictures: faceSet(FACE_COUNT, seed).pixels };
		if (wanted === 'cows') return { name: 'cows', pictures: rasterizeAll(await sources.cows()) };
		if (typeof wanted === 'object' && wanted !== null && 'drawings' in wanted) {
			const checked = drawingsProblem(wanted.drawings);
			if (checked.problem) throw new PictureError(checked.problem);
			return { name: 'drawings', pictures: rasterizeAll(checked.drawings) };
		}
		throw new PictureError('unreadable');
	}

	function state(milliseconds = 0): ImageGanState {
		const shown = Math.min(SAMPLE_COUNT, realPictures.length / pixels());
		const history = pending;
		pending = [];
		return {
			iterations: gan!.iterations,
			data,
			size: sizeOf(data),
			realCount: gan!.realCount,
			samples: gan!.generate(fixedNoise),
			real: realPictures.slice(0, shown * pixels()),
			history,
			pretrained,
			milliseconds
		};
	}

	function train(budgetMs: number) {
		const started = now();
		const budget = Math.min(Math.max(budgetMs, 0), MAX_BUDGET_MS);
		const sum = { discriminatorLoss: 0, generatorLoss: 0, discriminatorAccuracy: 0 };
		let count = 0;
		do {
			const step = gan!.iteration();
			sum.discriminatorLoss += step.discriminatorLoss;
			sum.generatorLoss += step.generatorLoss;
			sum.discriminatorAccuracy += step.discriminatorAccuracy;
			count++;
		} while (now() - started < budget);
		pending.push({
			iteration: gan!.iterations,
			discriminatorLoss: sum.discriminatorLoss / count,
			generatorLoss: sum.generatorLoss / count,
			discriminatorAccuracy: sum.discriminatorAccuracy / count
		});
		pretrained = false;
		return now() - started;
	}

	/** Pictures along the straight line between two of the fixed noise vectors. */
	function walk(from: number, to: number, steps: number): Float32Array {
		const { latent } = gan!.options;
		const a = fixedNoise.subarray(from * latent, (from + 1) * latent);
		const b = fixedNoise.subarray(to * latent, (to + 1) * latent);
		const noise = new Float32Array(steps * latent);
		for (let s = 0; s < steps; s++) {
			const t = steps === 1 ? 0 : s / (steps - 1);
			for (let k = 0; k < latent; k++) noise[s * latent + k] = a[k]! * (1 - t) + b[k]! * t;
		}
		return gan!.generate(noise);
	}

	function realSample(count: number, seed: number): Float32Array {
		const random = seededRandom(seed);
		const size = pixels();
		const total = realPictures.length / size;
		const out = new Float32Array(count * size);
		for (let i = 0; i < count; i++) {
			const k = Math.floor(random() * total);
			out.set(realPictures.subarray(k * size, (k + 1) * size), i * size);
		}
		return out;
	}

	let drawSeed = 1;

	async function handle(message: ToImageGan): Promise<void> {
		const { id } = message;
		try {
			if (message.type === 'start') {
				const seed = message.seed ?? 1;
				const chosen = await picturesOf(message.data, seed);
				gan?.dispose();
				gan = new ImageGan(chosen.pictures, { size: sizeOf(chosen.name), seed });
				data = chosen.name;
				realPictures = chosen.pictures;
				fixedNoise = gan.noise(SAMPLE_COUNT);
				pretrained = false;
				pending = [];
				return post({ type: 'state', id, state: state() });
			}
			if (!gan) return post({ type: 'failed', id, message: 'Choose the pictures first.' });
			if (message.type === 'train') {
				const milliseconds = train(message.budgetMs);
				return post({ type: 'state', id, state: state(milliseconds) });
			}
			if (message.type === 'reset') {
				gan.reset();
				fixedNoise = gan.noise(SAMPLE_COUNT);
				pretrained = false;
				pending = [];
				return post({ type: 'state', id, state: state() });
			}
			if (message.type === 'pretrained') {
				const file = message.bytes ?? (data === 'faces' ? await sources.pretrained() : null);
				const weights = file ? decodeGenerator(file) : null;
				if (!weights || weights.size !== sizeOf(data) || weights.latent !== gan.options.latent)
					return post({
						type: 'failed',
						id,
						message: file
							? 'That generator makes pictures of another size.'
							: 'The shipped generator makes faces.',
						problem: 'pretrained'
					});
				gan.reset();
				gan.loadGenerator(weights);
				fixedNoise = gan.noise(SAMPLE_COUNT);
				pretrained = true;
				pending = [];
				return post({ type: 'state', id, state: state() });
			}
			if (message.type === 'generator')
				return post({ type: 'generator', id, bytes: encodeGenerator(gan.generatorWeights()) });
			if (message.type === 'walk') {
				const { from, to, steps } = message;
				const valid = (k: number) => Number.isInteger(k) && k >= 0 && k < SAMPLE_COUNT;
				if (!valid(from) || !valid(to) || !Number.isInteger(steps))
					return post({ type: 'failed', id, message: 'Pick two of the pictures.' });
				const pictures = walk(from, to, Math.min(Math.max(steps, 2), MAX_WALK_STEPS));
				return post({ type: 'pictures', id, pictures });
			}
			if (message.type === 'pictures') {
				const count = Math.min(Math.max(Math.floor(message.count), 1), MAX_PICTURES);
				const pictures =
					message.kind === 'fake' ? gan.generate(gan.noise(count)) : realSample(count, drawSeed++);
				return post({ type: 'pictures', id, pictures });
			}
			post({ type: 'failed', id, message: 'Unknown request.' });
		} catch (error) {
			post({
				type: 'failed',
				id,
				message: error instanceof Error ? error.message : String(error),
				problem: error instanceof PictureError ? error.problem : undefined
			});
		}
	}

	return {
		handle,
		dispose: () => gan?.dispose()
	};
}

export class PictureError extends Error {
	constructor(readonly problem: PictureProblem) {
		super(`The drawings cannot be used (${problem}).`);
	}
}
