import { seededRandom } from '../doodle/random';
import {
	DATASETS,
	ShapeError,
	datasetPoints,
	drawnPoints,
	type DatasetName,
	type ShapeProblem
} from './datasets';
import { fitOf, isFitted, jsDivergence } from './fit';
import { Gan2d, type Losses } from './gan2d';

/**
 * What the 2-D GAN's worker does with each message, free of the worker global so it is tested
 * directly. The page stays in charge of time: it asks for a frame (so many iterations, or as many
 * as fit in a time budget) every animation frame while playing, and for single steps in slow
 * motion; each answer is a snapshot to draw.
 */
export type GanDataset = Exclude<DatasetName, 'drawn'> | { drawn: unknown };

export type ToGan =
	| { type: 'start'; id: number; dataset: GanDataset; seed?: number }
	| { type: 'frame'; id: number; iterations: number; budgetMs?: number }
	| { type: 'step'; id: number; part: 'discriminator' | 'generator' | 'both' }
	| { type: 'reset'; id: number };

export interface GanSnapshot {
	iterations: number;
	losses: Losses | null;
	/** Jensen–Shannon divergence between the real points and the shown generated ones. */
	divergence: number;
	fitted: boolean;
	/** Generated points from fixed noise (x0, y0, …), the same noise every frame. */
	generated: Float32Array;
	/** Where the generator would move each shown point (unit-scaled). */
	arrows: Float32Array;
	/** The discriminator's opinion on a 30 × 30 grid, row by row from the top. */
	heatmap: Float32Array;
}

export type FromGan =
	| { type: 'started'; id: number; real: Float32Array; snapshot: GanSnapshot }
	| { type: 'snapshot'; id: number; snapshot: GanSnapshot; milliseconds: number }
	| { type: 'failed'; id: number; message: string; problem?: ShapeProblem };

/** Points shown (and measured) each frame, and the most iterations one frame may ask for. */
export const SHOWN_POINTS = 300;
export const MAX_ITERATIONS_PER_FRAME = 200;

/** The buffers of a message's arrays, which the worker hands over instead of copying. */
export function buffersOf(message: FromGan): ArrayBuffer[] {
	if (message.type === 'failed') return [];
	const { generated, arrows, heatmap } = message.snapshot;
	const arrays = [
		generated,
		arrows,
		heatmap,
		...(message.type === 'started' ? [message.real] : [])
	];
	return arrays.map((array) => array.buffer as ArrayBuffer);
}

export function createGanSession(post: (message: FromGan) => void, now = () => performance.now()) {
	let gan: Gan2d | null = null;
	let real: Float32Array | null = null;
	let shownNoise: Float32Array | null = null;
	let seed = 1;
	let last: Losses | null = null;

	function snapshot(): GanSnapshot {
		const generated = gan!.generate(shownNoise!);
		return {
			iterations: gan!.iterations,
			losses: last,
			divergence: jsDivergence(real!, generated),
			fitted: isFitted(fitOf(real!, generated)),
			generated,
			arrows: gan!.arrows(generated),
			heatmap: gan!.heatmap(30)
		};
	}

	function pointsOf(dataset: GanDataset): Float32Array {
		const uniform = seededRandom(seed + 1000);
		if (typeof dataset === 'string') {
			if (!DATASETS.includes(dataset)) throw new ShapeError('dataset', 'Unknown dataset.');
			return datasetPoints(dataset, uniform);
		}
		return drawnPoints(dataset?.drawn, uniform);
	}

	function fail(id: number, error: unknown) {
		const message = error instanceof Error ? error.message : String(error);
		post(
			error instanceof ShapeError
				? { type: 'failed', id, message, problem: error.problem }
				: { type: 'failed', id, message }
		);
	}

	return {
		handle(message: ToGan): void {
			try {
				if (message.type === 'start') {
					seed = Number.isInteger(message.seed) ? message.seed! : 1;
					real = pointsOf(message.dataset);
					gan = new Gan2d(real, { seed });
					shownNoise = gan.noise(SHOWN_POINTS);
					last = null;
					// A copy: the worker hands its messages' arrays over, and training keeps `real`.
					post({ type: 'started', id: message.id, real: real.slice(), snapshot: snapshot() });
					return;
				}
				if (!gan) throw new Error('Choose the real data first.');
				const started = now();
				if (message.type === 'reset') {
					gan.reset(seed);
					shownNoise = gan.noise(SHOWN_POINTS);
					last = null;
				} else if (message.type === 'step') {
					const discriminator =
						message.part === 'generator' ? (last?.discriminator ?? NaN) : gan.discriminatorStep();
					const generator =
						message.part === 'discriminator' ? (last?.generator ?? NaN) : gan.generatorStep();
					// An iteration ends with the generator's update, in slow motion as at full speed.
					if (message.part !== 'discriminator') gan.iterations++;
					last = { discriminator, generator };
				} else {
					const wanted = Math.max(
						0,
						Math.min(MAX_ITERATIONS_PER_FRAME, Math.floor(message.iterations))
					);
					const budget = message.budgetMs ?? Infinity;
					for (let i = 0; i < wanted && (i === 0 || now() - started < budget); i++)
						last = gan.iteration();
				}
				post({
					type: 'snapshot',
					id: message.id,
					snapshot: snapshot(),
					milliseconds: now() - started
				});
			} catch (error) {
				fail(message.id, error);
			}
		}
	};
}
