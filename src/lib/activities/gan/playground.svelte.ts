import type { ActivityEvent } from '../contract';
import type { GradeBand } from '../../curriculum/types';
import {
	isShapeProblem,
	type DatasetName,
	type DrawnStrokes,
	type ShapeProblem
} from '#lib/gan/datasets';
import { GanError, type GanClient } from '#lib/gan/client';
import type { GanDataset, GanSnapshot } from '#lib/gan/session';
import { slowStepsFor, type Highlight, type SlowStep } from './slow-motion';

/** Iterations asked for per animation frame: one at a time, GAN Lab's pace and ours, or all that fit. */
export const SPEEDS = { slow: 1, normal: 10, fast: 200 } as const;
export type Speed = keyof typeof SPEEDS;
/** The worker's time per frame: one 60 Hz frame, less what answering takes. */
export const FRAME_BUDGET_MS = 14;
/**
 * Frame requests the worker may hold at once: with two, the next frame's work is already queued
 * when an answer arrives, so the worker never waits for the page's next animation frame.
 */
export const REQUESTS_AHEAD = 2;
/** While playing, the charts take a point at most this often (redrawing them is not free). */
export const CHART_EVERY_MS = 200;
/** Points kept for the charts; older ones are thinned out, so a long run still fits. */
export const CHART_POINTS = 400;

export interface ChartPoint {
	iteration: number;
	discriminator: number;
	generator: number;
	divergence: number;
}

/** What the page uses for animation frames (tests pass a hand-cranked one). */
export interface Frames {
	request(callback: () => void): number;
	cancel(handle: number): void;
}

const browserFrames: Frames = {
	request: (callback) => requestAnimationFrame(callback),
	cancel: (handle) => cancelAnimationFrame(handle)
};

/** Why the last request failed: a shape's problem, or the worker itself. */
export type PlaygroundProblem = ShapeProblem | 'worker';

/**
 * The 2-D GAN on the page: which data it learns, the latest snapshot to draw, the charts'
 * history, play and pause (one frame request at a time, so a slow tablet never queues work),
 * single steps and slow motion. The networks live in the worker; this only asks and keeps answers.
 */
export class GanPlayground {
	dataset = $state<DatasetName>('ring');
	real = $state.raw<Float32Array | null>(null);
	snapshot = $state.raw<GanSnapshot | null>(null);
	/** The generated points before the last generator step (slow motion shows where they were). */
	previous = $state.raw<Float32Array | null>(null);
	history = $state.raw<ChartPoint[]>([]);
	playing = $state(false);
	speed = $state<Speed>('normal');
	problem = $state<PlaygroundProblem | null>(null);
	/** The iteration at which the generated points first fitted the data. */
	fittedAt = $state<number | null>(null);
	/** Slow motion: the sub-step shown, or null when not in slow motion. */
	slowIndex = $state<number | null>(null);
	readonly slowSteps: SlowStep[];

	private client: GanClient | null = null;
	private current: GanDataset = 'ring';
	private frameHandle: number | null = null;
	private inFlight = 0;
	private reported: string[] = [];
	private disposed = false;
	private chartedAt = -Infinity;

	constructor(
		private readonly open: () => GanClient,
		private readonly report: (event: ActivityEvent) => void,
		band: GradeBand | undefined,
		private readonly frames: Frames = browserFrames,
		private readonly now: () => number = () => performance.now()
	) {
		this.slowSteps = slowStepsFor(band);
	}

	get ready(): boolean {
		return this.snapshot !== null;
	}

	get slowStep(): SlowStep | null {
		return this.slowIndex === null ? null : (this.slowSteps[this.slowIndex] ?? null);
	}

	get highlight(): Highlight | null {
		return this.slowStep?.highlight ?? null;
	}

	private get gan(): GanClient {
		this.client ??= this.open();
		return this.client;
	}

	/** Starts (or restarts) on a dataset; a refused shape keeps what was there and says why. */
	async choose(dataset: GanDataset, seed = 1): Promise<boolean> {
		this.pause();
		try {
			const { real, snapshot } = await this.gan.start(dataset, seed);
			this.dataset = typeof dataset === 'string' ? dataset : 'drawn';
			this.current = dataset;
			this.real = real;
			this.previous = null;
			this.history = [];
			this.fittedAt = null;
			this.problem = null;
			this.accept(snapshot);
			return true;
		} catch (error) {
			this.failed(error);
			return false;
		}
	}

	/** After the worker stopped: a new one, on the same data. */
	restart(): Promise<boolean> {
		return this.choose(this.current);
	}

	chooseDrawing(strokes: DrawnStrokes | unknown): Promise<boolean> {
		return this.choose({ drawn: strokes });
	}

	play(): void {
		if (!this.ready || this.playing) return;
		this.slowIndex = null;
		this.previous = null;
		this.playing = true;
		this.tick();
	}

	pause(): void {
		this.playing = false;
		if (this.frameHandle !== null) this.frames.cancel(this.frameHandle);
		this.frameHandle = null;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	private tick = () => {
		this.frameHandle = null;
		if (!this.playing || this.disposed) return;
		if (this.inFlight < REQUESTS_AHEAD) {
			this.inFlight++;
			this.gan
				.frame(SPEEDS[this.speed], FRAME_BUDGET_MS)
				// The worker answers in order, so even an answer that arrives after a pause is its latest state.
				.then(({ snapshot }) => this.accept(snapshot))
				.catch((error) => {
					this.pause();
					this.failed(error);
				})
				.finally(() => this.inFlight--);
		}
		this.frameHandle = this.frames.request(this.tick);
	};

	/** One update by hand: the detective's, the forger's, or a whole iteration. */
	async step(part: 'discriminator' | 'generator' | 'both'): Promise<void> {
		if (!this.ready) return;
		this.pause();
		try {
			const { snapshot } = await this.gan.step(part);
			// Frames still on their way when the step was asked for have arrived by now.
			this.previous = part === 'discriminator' ? null : (this.snapshot?.generated ?? null);
			this.accept(snapshot);
		} catch (error) {
			this.failed(error);
		}
	}

	async reset(): Promise<void> {
		if (!this.ready) return;
		this.pause();
		try {
			const { snapshot } = await this.gan.reset();
			this.previous = null;
			this.history = [];
			this.fittedAt = null;
			if (this.slowIndex !== null) this.slowIndex = 0;
			this.accept(snapshot);
		} catch (error) {
			this.failed(error);
		}
	}

	enterSlowMotion(): void {
		if (!this.ready) return;
		this.pause();
		this.previous = null;
		this.slowIndex = 0;
	}

	leaveSlowMotion(): void {
		this.slowIndex = null;
		this.previous = null;
	}

	/** The next sub-step: it makes its update, then shows its part of the picture. */
	async nextSlowStep(): Promise<void> {
		if (this.slowIndex === null || !this.ready) return;
		const next = (this.slowIndex + 1) % this.slowSteps.length;
		const step = this.slowSteps[next]!;
		if (next === 0) this.previous = null;
		if (step.action) await this.step(step.action);
		if (this.slowIndex === null) return;
		this.slowIndex = next;
		if (next === this.slowSteps.length - 1) this.reportOnce('slow-motion');
	}

	private accept(snapshot: GanSnapshot) {
		this.snapshot = snapshot;
		const due = !this.playing || this.now() - this.chartedAt >= CHART_EVERY_MS;
		if (due && snapshot.losses && Number.isFinite(snapshot.losses.discriminator)) {
			this.chartedAt = this.now();
			const point: ChartPoint = {
				iteration: snapshot.iterations,
				discriminator: snapshot.losses.discriminator,
				generator: snapshot.losses.generator,
				divergence: snapshot.divergence
			};
			const history = this.history.length >= CHART_POINTS ? thin(this.history) : this.history;
			this.history = [...history, point];
		}
		if (snapshot.fitted && this.fittedAt === null) {
			this.fittedAt = snapshot.iterations;
			this.reportOnce('fitted');
		}
	}

	private reportOnce(step: string) {
		if (this.reported.includes(step)) return;
		this.reported.push(step);
		this.report({ type: 'step-completed', step });
	}

	private failed(error: unknown) {
		this.problem =
			error instanceof GanError && isShapeProblem(error.problem) ? error.problem : 'worker';
		if (this.problem === 'worker') {
			// A worker that stopped is replaced on the next request.
			this.client?.dispose();
			this.client = null;
			this.snapshot = null;
		}
	}

	dispose(): void {
		this.disposed = true;
		this.pause();
		this.client?.dispose();
		this.client = null;
	}
}

/** Every other point, keeping the last: the chart keeps its shape with half the points. */
function thin(points: ChartPoint[]): ChartPoint[] {
	return points.filter((_, i) => i % 2 === 1 || i === points.length - 1);
}
