import {
	initialState,
	mixture,
	sampleStep,
	START,
	step,
	type DecoderState,
	type Stroke5
} from './decoder';
import type { SketchModel } from './model-file';

export interface SketchRunOptions {
	temperature: number;
	random: () => number;
	/** A child's first strokes, in the model's units, ending with a pen lift: fed through first. */
	prefix?: readonly Stroke5[];
	/** Defaults to the model's max_seq_len (the prefix counts). */
	maxSteps?: number;
}

/**
 * One drawing by the model, computed a few steps at a time so the page never freezes: the same
 * steps as `sample()` in the decoder, which the tests check against it.
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
		private readonly options: SketchRunOptions
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
				this.finishCut();
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

	private finishCut() {
		const last = this.steps.pop();
		this.steps.push({ dx: last?.dx ?? 0, dy: last?.dy ?? 0, pen: 2 });
		this.cut = true;
		this.done = true;
	}
}
