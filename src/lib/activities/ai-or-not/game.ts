import { AI_OR_NOT_ITEMS, type AiOrNotItem } from './items';
import { AI_OR_NOT_ITEM_IDS, type AiOrNotItemId, type AiOrNotPreset } from './preset';

/** The two boxes a thing can be sorted into. */
export type Bin = 'ai' | 'not-ai';

/** Where one thing was sorted, and whether that is right. */
export interface Placement {
	itemId: AiOrNotItemId;
	bin: Bin;
	correct: boolean;
}

export interface Score {
	correct: number;
	total: number;
}

/** What `toJSON` saves and `restore` reads back. */
export interface AiOrNotGameJSON {
	/** Current placements, in the order placed. */
	placements: { itemId: AiOrNotItemId; bin: Bin }[];
	/** For every item placed at least once: whether its first placement was right. */
	firstTry: Record<string, boolean>;
}

const isBin = (value: unknown): value is Bin => value === 'ai' || value === 'not-ai';

const isCatalogueId = (value: unknown): value is AiOrNotItemId =>
	typeof value === 'string' && (AI_OR_NOT_ITEM_IDS as readonly string[]).includes(value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The bin an item belongs in. */
const rightBin = (item: AiOrNotItem): Bin => (item.usesAi ? 'ai' : 'not-ai');

/**
 * The "AI or not?" sorting game: pure logic, no DOM and no Svelte. Students place each thing of
 * the preset in a bin; a thing can be moved or taken back out, and the first try of each thing is
 * remembered separately so that a class score cannot be improved by trial and error.
 */
export class AiOrNotGame {
	/** The things to sort, in preset order. */
	readonly items: AiOrNotItem[];
	private readonly byId = new Map<AiOrNotItemId, AiOrNotItem>();
	/** Current placements, in the order placed (a moved item goes to the end). */
	private current: Placement[] = [];
	/** Whether each item's first placement was right; kept when it is moved or taken out. */
	private readonly firstTry = new Map<AiOrNotItemId, boolean>();

	constructor(readonly preset: AiOrNotPreset) {
		for (const id of preset.items) {
			if (!isCatalogueId(id)) throw new Error(`Unknown "AI or not?" item: ${String(id)}`);
			if (this.byId.has(id)) throw new Error(`Duplicate "AI or not?" item: ${id}`);
			this.byId.set(id, AI_OR_NOT_ITEMS[id]);
		}
		this.items = [...this.byId.values()];
	}

	/** The item for an id of this preset; throws for unknown ids and ids not in the preset. */
	private itemFor(itemId: AiOrNotItemId): AiOrNotItem {
		if (!isCatalogueId(itemId)) throw new Error(`Unknown "AI or not?" item: ${String(itemId)}`);
		const item = this.byId.get(itemId);
		if (!item) throw new Error(`"AI or not?" item not in this preset: ${itemId}`);
		return item;
	}

	/**
	 * Sorts a thing into a bin. Placing an already-placed thing moves it: its previous placement is
	 * replaced (and it goes to the end of `placements`), while its first-try result is kept.
	 */
	place(itemId: AiOrNotItemId, bin: Bin): Placement {
		const item = this.itemFor(itemId);
		if (!isBin(bin)) throw new Error(`Unknown "AI or not?" bin: ${String(bin)}`);
		const placement: Placement = { itemId, bin, correct: bin === rightBin(item) };
		this.current = this.current.filter((p) => p.itemId !== itemId);
		this.current.push(placement);
		if (!this.firstTry.has(itemId)) this.firstTry.set(itemId, placement.correct);
		return { ...placement };
	}

	/** Takes a thing back out of its bin (its first try stays remembered). True if it was placed. */
	remove(itemId: AiOrNotItemId): boolean {
		this.itemFor(itemId);
		const before = this.current.length;
		this.current = this.current.filter((p) => p.itemId !== itemId);
		return this.current.length < before;
	}

	/** The current placement of a thing, if it is sorted. */
	placementOf(itemId: AiOrNotItemId): Placement | undefined {
		const placement = this.current.find((p) => p.itemId === itemId);
		return placement ? { ...placement } : undefined;
	}

	/** Things not sorted yet, in preset order. */
	get remaining(): AiOrNotItem[] {
		const placed = new Set(this.current.map((p) => p.itemId));
		return this.items.filter((item) => !placed.has(item.id));
	}

	/** Current placements, in the order placed (copies: changing them changes nothing). */
	get placements(): Placement[] {
		return this.current.map((p) => ({ ...p }));
	}

	/** Whether every thing is sorted. */
	get done(): boolean {
		return this.current.length === this.items.length;
	}

	/** How many things are in the right bin now, out of all things of the preset. */
	get score(): Score {
		return {
			correct: this.current.filter((p) => p.correct).length,
			total: this.items.length
		};
	}

	/** How many things were put in the right bin on the first try, out of all things. */
	get firstTryScore(): Score {
		let correct = 0;
		for (const right of this.firstTry.values()) if (right) correct++;
		return { correct, total: this.items.length };
	}

	/** Starts over: nothing sorted, no first tries. */
	reset(): void {
		this.current = [];
		this.firstTry.clear();
	}

	toJSON(): AiOrNotGameJSON {
		return {
			placements: this.current.map(({ itemId, bin }) => ({ itemId, bin })),
			firstTry: Object.fromEntries(this.firstTry)
		};
	}

	/**
	 * Rebuilds a game from `toJSON()` output (an `AiOrNotGameJSON`, e.g. read back from storage).
	 * Entries whose ids are not in the preset, and malformed entries, are ignored; a placement
	 * without a first-try entry counts as the first try.
	 */
	static restore(preset: AiOrNotPreset, json: unknown): AiOrNotGame {
		const game = new AiOrNotGame(preset);
		if (!isRecord(json)) return game;
		if (isRecord(json.firstTry)) {
			for (const [id, right] of Object.entries(json.firstTry)) {
				if (isCatalogueId(id) && game.byId.has(id) && typeof right === 'boolean') {
					game.firstTry.set(id, right);
				}
			}
		}
		if (Array.isArray(json.placements)) {
			for (const entry of json.placements as unknown[]) {
				if (!isRecord(entry)) continue;
				const { itemId, bin } = entry;
				if (isCatalogueId(itemId) && game.byId.has(itemId) && isBin(bin)) game.place(itemId, bin);
			}
		}
		return game;
	}
}

/** The current result: right placements, all things, and the things now in the wrong bin. */
export function summarize(game: AiOrNotGame): Score & { wrong: AiOrNotItemId[] } {
	const { correct, total } = game.score;
	const wrong = game.items
		.filter((item) => game.placementOf(item.id)?.correct === false)
		.map((item) => item.id);
	return { correct, total, wrong };
}
