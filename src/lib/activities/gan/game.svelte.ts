import type { ActivityEvent } from '../contract';
import { seededRandom } from '#lib/doodle/random';
import { REAL_OR_FAKE_KIND, type RealOrFakeResult } from './game-artifact';
import {
	correctOf,
	makeRound,
	normsOf,
	outcomeOf,
	ROUND_SIZE,
	tally,
	totalOf,
	type Outcome,
	type RoundItem,
	type Tally,
	type Truth
} from './real-or-fake';

/** Where the game's pictures come from: the image lab's worker. */
export interface PictureSource {
	/** Pixels a side of its pictures. */
	readonly size: number;
	pictures(kind: 'real' | 'fake', count: number): Promise<Float32Array>;
}

/** Real pictures the hints are measured against (more than a round shows). */
const NORM_PICTURES = 64;

/**
 * One round of "Real or fake?" on the page: the pictures, the student's answers, the answer
 * and its hint after each, and the score, reported once at the end (a score for the grid, the
 * result with hits and false alarms as an artifact, the step for the lesson).
 */
export class RealOrFakeGame {
	items = $state.raw<RoundItem[]>([]);
	index = $state(0);
	outcomes = $state.raw<Outcome[]>([]);
	/** The answer to the picture just judged, until the student moves on. */
	feedback = $state<{ outcome: Outcome; item: RoundItem } | null>(null);
	loading = $state(false);
	failed = $state(false);
	/** Pixels a side of this round's pictures. */
	size: number;
	private seed: number;

	constructor(
		private readonly source: PictureSource,
		private readonly report: (event: ActivityEvent) => void,
		readonly setting: Pick<RealOrFakeResult, 'phase' | 'forger' | 'data'>,
		seed = Date.now()
	) {
		this.seed = seed;
		this.size = source.size;
	}

	get current(): RoundItem | null {
		return this.feedback ? null : (this.items[this.index] ?? null);
	}

	get finished(): boolean {
		return this.items.length > 0 && this.outcomes.length === this.items.length && !this.feedback;
	}

	get tally(): Tally {
		return tally(this.outcomes);
	}

	async start(): Promise<boolean> {
		this.loading = true;
		this.failed = false;
		try {
			const [real, fake] = await Promise.all([
				this.source.pictures('real', NORM_PICTURES),
				this.source.pictures('fake', ROUND_SIZE)
			]);
			this.size = this.source.size;
			const norms = normsOf(real, this.size);
			this.items = makeRound(real, fake, this.size, seededRandom(this.seed++), norms);
			this.index = 0;
			this.outcomes = [];
			this.feedback = null;
			this.report({ type: 'started' });
			return true;
		} catch {
			this.failed = true;
			return false;
		} finally {
			this.loading = false;
		}
	}

	answer(said: Truth): void {
		const item = this.current;
		if (!item) return;
		const outcome = outcomeOf(item.truth, said);
		this.outcomes = [...this.outcomes, outcome];
		this.feedback = { outcome, item };
	}

	next(): void {
		if (!this.feedback) return;
		this.feedback = null;
		this.index++;
		if (this.finished) this.reportResult();
	}

	private reportResult() {
		const t = this.tally;
		const result: RealOrFakeResult = { ...this.setting, ...t };
		this.report({ type: 'score', correct: correctOf(t), total: totalOf(t) });
		this.report({ type: 'artifact', kind: REAL_OR_FAKE_KIND, title: '', data: result });
		this.report({ type: 'step-completed', step: `real-or-fake-${this.setting.phase}` });
	}
}
