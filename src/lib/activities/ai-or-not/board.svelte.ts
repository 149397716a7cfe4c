import type { ActivityHost } from '../contract';
import { AiOrNotGame, type Bin, type Placement } from './game';
import type { AiOrNotItem } from './items';
import type { AiOrNotItemId, AiOrNotPreset } from './preset';

/** Reactive wrapper around the pure game, plus what only the screen needs (selection, checking). */
export class AiOrNotBoard {
	private readonly game: AiOrNotGame;
	private version = $state(0);
	selected = $state<AiOrNotItemId | null>(null);
	checked = $state(false);
	lastPlaced = $state<Placement | null>(null);
	private reported = false;

	constructor(
		readonly preset: AiOrNotPreset,
		private readonly host: Pick<ActivityHost<unknown>, 'report'>
	) {
		this.game = new AiOrNotGame(preset);
		host.report({ type: 'started' });
	}

	private touch(): void {
		this.version++;
	}

	get items(): AiOrNotItem[] {
		return this.game.items;
	}
	get remaining(): AiOrNotItem[] {
		void this.version;
		return this.game.remaining;
	}
	get placements(): Placement[] {
		void this.version;
		return this.game.placements;
	}
	get done(): boolean {
		void this.version;
		return this.game.done;
	}
	get score() {
		void this.version;
		return this.game.score;
	}
	get firstTryScore() {
		void this.version;
		return this.game.firstTryScore;
	}
	/** Whether right/wrong is shown now: at once ('each'), or after "Check" ('end'). */
	get revealing(): boolean {
		return this.preset.reveal === 'each' || this.checked;
	}

	item(id: AiOrNotItemId): AiOrNotItem {
		return this.game.items.find((item) => item.id === id)!;
	}

	inBin(bin: Bin): Placement[] {
		return this.placements.filter((placement) => placement.bin === bin);
	}

	select(id: AiOrNotItemId | null): void {
		this.selected = this.selected === id ? null : id;
	}

	place(id: AiOrNotItemId, bin: Bin): void {
		if (this.checked) return;
		this.lastPlaced = this.game.place(id, bin);
		this.selected = null;
		this.touch();
		if (this.preset.reveal === 'each' && this.game.done) this.finish();
	}

	placeSelected(bin: Bin): void {
		if (this.selected) this.place(this.selected, bin);
	}

	unplace(id: AiOrNotItemId): void {
		if (this.checked) return;
		this.game.remove(id);
		this.lastPlaced = null;
		this.touch();
	}

	check(): void {
		if (!this.game.done) return;
		this.checked = true;
		this.finish();
	}

	private finish(): void {
		if (this.reported) return;
		this.reported = true;
		const { correct, total } = this.game.firstTryScore;
		this.host.report({ type: 'score', correct, total });
		this.host.report({
			type: 'artifact',
			kind: 'ai-or-not-sort',
			title: 'AI or not?',
			data: {
				placements: this.game.placements.map(({ itemId, bin, correct }) => ({
					itemId,
					bin,
					correct
				}))
			}
		});
	}

	reset(): void {
		this.game.reset();
		this.checked = false;
		this.selected = null;
		this.lastPlaced = null;
		this.reported = false;
		this.touch();
	}
}
