/**
 * How a recommender design treats a whole set of players, as the recommender libraries define it
 * (RecBole, Microsoft Recommenders, Elliot, LibRec), on plain data: ranked lists of item ids per
 * player, and what is known of each item. No DOM, no Svelte: the page, the tests and the benchmark
 * call the same functions.
 */

/** The gender an item was marketed to; null when it was marketed to everyone. */
export type Marketing = 'boys' | 'girls' | null;

export interface ItemFacts {
	id: string;
	/** Attributes that make two items alike: colours, styles, the category. */
	attributes: readonly string[];
	/** Style tags only: the "taste mix" calibration compares. */
	styles: readonly string[];
	marketedTo: Marketing;
}

export interface RankedList {
	player: string;
	items: readonly string[];
}

/** Share of a list that the player would like; null for an empty list. */
export function relevance(items: readonly string[], wouldLike: (item: string) => boolean) {
	if (items.length === 0) return null;
	return items.filter(wouldLike).length / items.length;
}

/** Share of the catalogue that appears in at least one list. */
export function coverage(lists: readonly RankedList[], catalogue: readonly string[]): number {
	if (catalogue.length === 0) return 0;
	const known = new Set(catalogue);
	const shown = new Set(lists.flatMap((list) => list.items).filter((id) => known.has(id)));
	return shown.size / catalogue.length;
}

/** The mean popularity (share of players who liked it, 0 to 1) of everything recommended. */
export function averagePopularity(
	lists: readonly RankedList[],
	popularity: ReadonlyMap<string, number>
): number | null {
	const shown = lists.flatMap((list) => list.items);
	if (shown.length === 0) return null;
	return shown.reduce((sum, id) => sum + (popularity.get(id) ?? 0), 0) / shown.length;
}

/**
 * How many times each catalogue item is shown across all lists. With `discounted`, a place
 * further down counts less (1 / log2(rank + 1), the first place 1): rank-discounted exposure.
 */
export function exposure(
	lists: readonly RankedList[],
	catalogue: readonly string[],
	{ discounted = false } = {}
): Map<string, number> {
	const counts = new Map(catalogue.map((id) => [id, 0]));
	for (const list of lists)
		list.items.forEach((id, rank) => {
			if (!counts.has(id)) return;
			counts.set(id, counts.get(id)! + (discounted ? 1 / Math.log2(rank + 2) : 1));
		});
	return counts;
}

/**
 * The Gini index of the exposure: 0 when every item is shown equally often, towards 1 when a
 * few items take all the showings. Items never shown count (as zeros).
 */
export function gini(values: readonly number[]): number {
	const n = values.length;
	const total = values.reduce((a, b) => a + b, 0);
	if (n === 0 || total === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	let weighted = 0;
	sorted.forEach((value, i) => (weighted += (2 * (i + 1) - n - 1) * value));
	return weighted / (n * total);
}

/** How different two items are: 1 minus the Jaccard similarity of their attributes. */
export function distance(a: ItemFacts, b: ItemFacts): number {
	const left = new Set(a.attributes);
	const right = new Set(b.attributes);
	const union = new Set([...left, ...right]).size;
	if (union === 0) return 0;
	const shared = [...left].filter((x) => right.has(x)).length;
	return 1 - shared / union;
}

/** Intra-list diversity: the mean distance over every pair in the list; null below two items. */
export function intraListDiversity(
	items: readonly string[],
	facts: ReadonlyMap<string, ItemFacts>
): number | null {
	const known = items.map((id) => facts.get(id)).filter((f): f is ItemFacts => !!f);
	if (known.length < 2) return null;
	let sum = 0;
	let pairs = 0;
	for (let i = 0; i < known.length; i++)
		for (let j = i + 1; j < known.length; j++) {
			sum += distance(known[i]!, known[j]!);
			pairs++;
		}
	return sum / pairs;
}

/**
 * A set of items as a mix of styles: each item shares one unit among its styles (Steck's
 * calibration, 2018). Items without a style add nothing; empty when none has one.
 */
export function styleMix(
	items: readonly string[],
	facts: ReadonlyMap<string, ItemFacts>
): Map<string, number> {
	const mix = new Map<string, number>();
	let total = 0;
	for (const id of items) {
		const styles = facts.get(id)?.styles ?? [];
		for (const style of styles) mix.set(style, (mix.get(style) ?? 0) + 1 / styles.length);
		if (styles.length > 0) total++;
	}
	for (const [style, weight] of mix) mix.set(style, weight / total);
	return mix;
}

/**
 * Calibration error: the Kullback–Leibler divergence of the list's style mix q from the player's
 * p, KL(p ‖ q̃) with q̃ = (1 − α)q + αp so a style the list misses costs much but not infinitely.
 * 0 when the list mixes styles as the player's likes do; null when the player has no taste mix.
 */
export function miscalibration(
	player: ReadonlyMap<string, number>,
	list: ReadonlyMap<string, number>,
	alpha = 0.01
): number | null {
	if (player.size === 0) return null;
	let kl = 0;
	for (const [style, p] of player) {
		if (p <= 0) continue;
		const q = (1 - alpha) * (list.get(style) ?? 0) + alpha * p;
		kl += p * Math.log(p / q);
	}
	return kl;
}

/**
 * Share of recommendations that follow the marketing for the player's entered gender rather than
 * their tastes: the item was marketed to that gender, and the player would not like it.
 */
export function stereotypeRate(
	lists: readonly RankedList[],
	facts: ReadonlyMap<string, ItemFacts>,
	marketingFor: (player: string) => Marketing,
	wouldLike: (player: string, item: string) => boolean
): number | null {
	let shown = 0;
	let stereotyped = 0;
	for (const { player, items } of lists) {
		const group = marketingFor(player);
		for (const id of items) {
			shown++;
			const marketed = facts.get(id)?.marketedTo ?? null;
			if (group !== null && marketed === group && !wouldLike(player, id)) stereotyped++;
		}
	}
	return shown === 0 ? null : stereotyped / shown;
}
