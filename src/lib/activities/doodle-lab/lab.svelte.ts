import {
	balancedTestSet,
	nutritionLabel,
	poolLimits,
	poolMix,
	splitRealDrawings,
	starterMix,
	startingMix,
	fewPlainCows,
	shippedItems,
	isShippedKey,
	withClassLabels,
	withServerDrawings,
	MIX_LIMITS,
	type DoodleItem,
	type DoodleSource,
	type Mix,
	type PlainCows,
	type Pools
} from '#lib/doodle/dataset';
import { HEAD_TRAINING } from '#lib/doodle/head';
import { SUBSET_PATH, decodeSubsetInSteps } from '#lib/doodle/subset';
import { evaluate, topGuesses, type Evaluation, type Guess } from '#lib/doodle/evaluate';
import { experimentArtifact, summarizeRun, type RunSummary } from '#lib/doodle/experiment';
import type { TrainOptions } from '#lib/doodle/model';
import { rasterize } from '#lib/doodle/raster';
import { simplifyDrawing, type RawStroke } from '#lib/doodle/strokes';
import type { TrainerClient } from '#lib/doodle/trainer-client';
import type { Subgroup } from '#lib/doodle/generator';
import type { WorkerItem } from '#lib/doodle/training-session';
import type { ActivityEvent } from '../contract';

export type LabStatus = 'idle' | 'training' | 'testing' | 'trained' | 'cancelled' | 'failed';

/** The lab's numbered steps, in the order its instructions give them. */
export const LAB_STEPS = ['data', 'class', 'train', 'results', 'compare', 'draw', 'ai'] as const;
export type LabStep = (typeof LAB_STEPS)[number];

/** The steps a student sees: drawing for the class's dataset only in a class. */
export function labSteps(inClass: boolean): LabStep[] {
	return LAB_STEPS.filter((step) => inClass || step !== 'class');
}

/** Where the trainer stands: starting, running on a backend, or unable to start (offline). */
export type TrainerState = 'starting' | 'ready' | 'failed';

export interface CurvePoint {
	epoch: number;
	loss: number;
	accuracy: number;
}

export interface Run {
	number: number;
	summary: RunSummary;
	evaluation: Evaluation;
	/** The test drawings the evaluation's indices refer to. */
	test: DoodleItem[];
}

const STARTER_TEST = balancedTestSet();

/** Built-in and shipped drawings travel by key alone: the worker has them (and the page stays smooth). */
const toWorker = (item: DoodleItem): WorkerItem =>
	item.drawing && !isShippedKey(item.key)
		? { key: item.key, animal: item.animal, drawing: item.drawing }
		: { key: item.key, animal: item.animal };

/** Whether the shipped real drawings are being read, ready, or could not be (then: built-in ones). */
export type RealStatus = 'loading' | 'ready' | 'failed';

/**
 * The doodle lab's state: the mix and what it holds, training in the worker, the test results of
 * each run, and the live guesses for a drawing. The component only shows it.
 */
export class DoodleLab {
	mix = $state<Mix>() as Mix;
	/** The class's own drawings added to the mix. */
	// Raw (not deeply reactive) state: drawings go to the worker, which cannot take proxies.
	extra = $state.raw<DoodleItem[]>([]);
	/**
	 * Real Quick, Draw! drawings (the ones the app ships, the default) or the drawings the lab
	 * makes itself (a choice; the fallback when the real ones cannot be read).
	 */
	source = $state<Exclude<DoodleSource, 'class'>>('quickdraw');
	realStatus = $state<RealStatus>('loading');
	/** The real drawings (shipped, and any the server adds), and the class's spot labels for real cows nobody labelled. */
	realItems = $state.raw<DoodleItem[] | null>(null);
	realLabels = $state.raw<Record<string, Subgroup>>({});
	private readonly realSplit = $derived(this.realItems ? splitRealDrawings(this.realItems) : null);
	readonly real = $derived<{ train: Pools; test: DoodleItem[] } | null>(
		this.realSplit ? withClassLabels(this.realSplit, this.realLabels) : null
	);
	/** Nothing to train on while the real drawings load. */
	readonly items = $derived(
		this.source === 'quickdraw'
			? this.real
				? [...poolMix(this.mix, this.real.train), ...this.extra]
				: []
			: [...starterMix(this.mix), ...this.extra]
	);
	readonly label = $derived(nutritionLabel(this.items));
	readonly test = $derived(this.source === 'quickdraw' ? (this.real?.test ?? []) : STARTER_TEST);
	/**
	 * Real drawings train the shipped feature extractor's last layer (features.ts, head.ts); the
	 * lab's own drawings train its small network from scratch, as they always have.
	 */
	readonly model = $derived(this.source === 'quickdraw' ? 'features' : 'network');
	/** How many different plain cows "the same few" are. */
	readonly fewPlain = $derived(fewPlainCows(this.source));
	/** Passes over the data the learning curve shows. */
	get passes(): number | null {
		return this.model === 'features' ? HEAD_TRAINING.steps / 10 : (this.options.epochs ?? null);
	}
	/** The most each slider may ask for. */
	readonly limits = $derived(
		this.source === 'quickdraw' && this.real
			? { ...poolLimits(this.real.train), step: 10 }
			: {
					cows: MIX_LIMITS.animal.max,
					horses: MIX_LIMITS.animal.max,
					pigs: MIX_LIMITS.animal.max,
					sheep: MIX_LIMITS.animal.max,
					step: MIX_LIMITS.animal.step
				}
	);

	status = $state<LabStatus>('idle');
	fraction = $state(0);
	curve = $state<CurvePoint[]>([]);
	runs = $state.raw<Run[]>([]);
	/** What went wrong in the last training: `worker` when the trainer itself could not start. */
	error = $state<string | null>(null);
	guesses = $state<Guess[]>([]);
	/** The run whose model made the guesses shown, and how many strokes the drawing then had. */
	guessedBy = $state<number | null>(null);
	guessedStrokes = $state(0);
	/** The strokes on the "Draw a cow" pad, so a new model can guess the same drawing again. */
	drawing = $state.raw<RawStroke[]>([]);

	/** The step on screen; training ends on its results. */
	step = $state<LabStep>('data');
	/** The TensorFlow.js backend the trainer runs on (`wasm`, `webgl`, `cpu`) once it is ready. */
	backend = $state<string | null>(null);
	trainerState = $state<TrainerState>('starting');

	private guessing = 0;
	private trainer: TrainerClient;

	constructor(
		private readonly startTrainer: () => TrainerClient,
		/** The preset's starting data: mostly spotted cows, or already balanced. */
		private readonly start: 'biased' | 'balanced',
		private readonly report: (event: ActivityEvent) => void,
		private readonly options: Partial<TrainOptions> = {}
	) {
		this.mix = startingMix(start, 'quickdraw');
		this.trainer = this.startWorker();
	}

	/** Starts a trainer (a worker); one that cannot start says so and is started again later. */
	private startWorker(): TrainerClient {
		const trainer = this.startTrainer();
		this.trainerState = 'starting';
		this.backend = null;
		void trainer.backend.then((name) => {
			if (trainer !== this.trainer) return;
			this.backend = name === 'none' ? null : name;
			this.trainerState = name === 'none' ? 'failed' : 'ready';
			if (name === 'none' && !this.busy) {
				this.status = 'failed';
				this.error = 'worker';
			}
		});
		return trainer;
	}

	/** After a failed start (no connection), a fresh trainer: on the next Train tap or when back online. */
	restartIfFailed(): void {
		if (this.trainerState !== 'failed' || this.busy) return;
		this.trainer.dispose();
		this.trainer = this.startWorker();
		if (this.status === 'failed' && this.error === 'worker') {
			this.status = 'idle';
			this.error = null;
		}
	}

	dispose(): void {
		this.trainer.dispose();
	}

	/** Switches between built-in and real drawings, each with its own starting mix. */
	useSource(source: Exclude<DoodleSource, 'class'>): void {
		if (this.busy || (source === 'quickdraw' && !this.real)) return;
		this.source = source;
		this.mix = startingMix(this.start, source);
	}

	/** All different plain cows, or the same few repeated: the two fixes the lesson compares. */
	usePlainCows(kind: PlainCows): void {
		if (!this.busy) this.mix.plainCows = kind;
	}

	/**
	 * The real drawings the app ships (kept offline by the service worker), then any more the
	 * server offers. Without the shipped ones the lab says so and uses the drawings it makes.
	 */
	async loadReal(fetcher: typeof fetch = fetch): Promise<void> {
		let shipped: DoodleItem[];
		try {
			const response = await fetcher(SUBSET_PATH);
			if (!response.ok) throw new Error(String(response.status));
			shipped = shippedItems(
				await decodeSubsetInSteps(new Uint8Array(await response.arrayBuffer()))
			);
		} catch {
			this.realStatus = 'failed';
			if (this.source === 'quickdraw' && !this.busy) {
				this.source = 'starter';
				this.mix = startingMix(this.start, 'starter');
			}
			return;
		}
		this.realItems = shipped;
		this.realStatus = 'ready';
		try {
			const response = await fetcher('/api/doodles/quickdraw');
			if (!response.ok) return;
			// `available: false` (and no items) when the server has no real drawings of its own.
			const { available, items } = (await response.json()) as {
				available: boolean;
				items: Omit<DoodleItem, 'source'>[];
			};
			if (!available || items.length === 0) return;
			const server = items.map((item): DoodleItem => ({ ...item, source: 'quickdraw' }));
			this.realItems = withServerDrawings(shipped, server);
		} catch {
			// Offline: the shipped drawings are enough.
		}
	}

	get latest(): Run | undefined {
		return this.runs.at(-1);
	}

	get busy(): boolean {
		return this.status === 'training' || this.status === 'testing';
	}

	async train(): Promise<void> {
		if (this.busy) return;
		this.restartIfFailed();
		const mix = { ...this.mix };
		const label = this.label;
		const test = this.test;
		const source = this.source;
		const items = this.items.map(toWorker);
		this.status = 'training';
		// User Timing marks: the benchmark (bench/doodle-lab.bench.js) reads them.
		const started = performance.now();
		this.error = null;
		this.fraction = 0;
		this.curve = [];
		try {
			const outcome = await this.trainer.train(
				items,
				(progress) => {
					this.fraction = progress.fraction;
					if (progress.epochEnded)
						this.curve.push({
							epoch: progress.epoch,
							loss: progress.loss,
							accuracy: progress.accuracy
						});
				},
				this.options,
				this.model
			);
			if (outcome.status === 'cancelled') {
				this.status = 'cancelled';
				return;
			}
			performance.measure('doodle-train', { start: started });
			this.status = 'testing';
			const probabilities = await this.trainer.classify(test.map(toWorker));
			const evaluation = evaluate(test, probabilities);
			const summary = summarizeRun(mix, label, evaluation, outcome.milliseconds, source);
			this.runs = [...this.runs, { number: this.runs.length + 1, summary, evaluation, test }];
			performance.measure('doodle-train-and-test', { start: started });
			this.status = 'trained';
			this.step = 'results';
			// The drawing still on the pad: the new model guesses it again.
			void this.guess(this.drawing);
			this.report({
				type: 'score',
				correct: evaluation.overall.correct,
				total: evaluation.overall.total
			});
			this.report({
				type: 'artifact',
				kind: 'doodle-experiment',
				title: 'Spotted cows experiment',
				data: experimentArtifact(this.runs.map((run) => run.summary))
			});
		} catch (error) {
			this.status = 'failed';
			this.error =
				this.trainerState === 'failed'
					? 'worker'
					: error instanceof Error
						? error.message
						: String(error);
		}
	}

	cancel(): void {
		this.trainer.cancel();
	}

	/** The model's top three guesses for a drawing in progress; the latest call wins. */
	async guess(strokes: RawStroke[]): Promise<void> {
		const call = ++this.guessing;
		this.drawing = strokes;
		const model = this.latest?.number ?? null;
		if (model === null || strokes.length === 0) {
			this.guesses = [];
			this.guessedBy = null;
			this.guessedStrokes = 0;
			return;
		}
		const started = performance.now();
		const pixels = rasterize(simplifyDrawing(strokes));
		try {
			const probabilities = await this.trainer.predict(pixels);
			// The whole round trip as the page sees it, and the model's own share of it.
			performance.measure('doodle-guess', { start: started });
			performance.measure('doodle-predict', {
				start: started,
				duration: this.trainer.lastPredictionMs ?? 0
			});
			if (call === this.guessing) {
				this.guesses = topGuesses(probabilities);
				this.guessedBy = model;
				this.guessedStrokes = strokes.length;
			}
		} catch {
			// A training replaced the model meanwhile; the next stroke asks again.
		}
	}
}
