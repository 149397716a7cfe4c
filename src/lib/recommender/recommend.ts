import type { CatalogueItem, Colour, Style } from './catalogue';
import { factsOf } from './catalogue';
import {
	averagePopularity,
	coverage,
	distance,
	exposure,
	gini,
	intraListDiversity,
	miscalibration,
	relevance,
	stereotypeRate,
	styleMix,
	type ItemFacts,
	type Marketing,
	type RankedList
} from './metrics';
import { marketingFor, wouldLike, type AgeBand, type Profile } from './players';

/**
 * Recommender designs for the avatar shop, and what each does to a set of players. A design says
 * which signals it may use and how much each weighs, whether everyone sees every item or only
 * what was marketed to their entered gender, and how much it trades relevance for variety.
 */
export const SIGNALS = [
	'gender',
	'age',
	'colours',
	'styles',
	'likes',
	'similarPlayers',
	'popularity'
] as const;
export type Signal = (typeof SIGNALS)[number];

export interface Design {
	weights: Record<Signal, number>;
	/** False: only items marketed to the entered gender (to everyone, for any other answer). */
	showAll: boolean;
	/** 0 to 1: how much a pick must differ from those already in the list (re-ranking, MMR). */
	diversity: number;
}

const none: Record<Signal, number> = {
	gender: 0,
	age: 0,
	colours: 0,
	styles: 0,
	likes: 0,
	similarPlayers: 0,
	popularity: 0
};

/** The platform's own design: filter by the entered gender, then show the most popular. */
export const ORIGINAL_DESIGN: Design = {
	weights: { ...none, popularity: 1 },
	showAll: false,
	diversity: 0
};
/** Content-based: the player's stated tastes and what their liked items are like. */
export const CONTENT_DESIGN: Design = {
	weights: { ...none, styles: 1, colours: 0.5, likes: 1 },
	showAll: true,
	diversity: 0
};
/** Collaborative filtering: what players who liked the same things also liked. */
export const COLLABORATIVE_DESIGN: Design = {
	weights: { ...none, similarPlayers: 1 },
	showAll: true,
	diversity: 0
};
/** The students' redesign at the first Day of AI: tastes, no gender, every item open to all. */
export const TASTES_DESIGN: Design = {
	weights: { ...none, styles: 1, colours: 0.5, likes: 1, similarPlayers: 0.5 },
	showAll: true,
	diversity: 0.3
};

export const LIST_LENGTH = 6;

export type Reason =
	| { kind: 'popular'; among: Marketing | 'everyone' }
	| { kind: 'popular-age'; age: AgeBand }
	| { kind: 'marketed'; to: Exclude<Marketing, null> }
	| { kind: 'style'; style: Style }
	| { kind: 'colour'; colour: Colour }
	| { kind: 'liked'; item: string }
	| { kind: 'similar-players'; item: string };

export interface Recommendation {
	item: string;
	score: number;
	/** Why, the strongest signal first. */
	reasons: Reason[];
}

/** Everything the designs compute from: the catalogue and everyone's likes (personas and class). */
export interface Shop {
	items: readonly CatalogueItem[];
	byId: ReadonlyMap<string, CatalogueItem>;
	facts: ReadonlyMap<string, ItemFacts>;
	/** Share of players who liked each item, overall, and within each age band. */
	popularity: ReadonlyMap<string, number>;
	popularityByAge: ReadonlyMap<AgeBand, ReadonlyMap<string, number>>;
	/** Item-item cosine similarity of who liked them, for the items someone liked. */
	coLikes: ReadonlyMap<string, ReadonlyMap<string, number>>;
	/** Each item's place in `items`, and how alike every two items are (1 − distance), n × n. */
	index: ReadonlyMap<string, number>;
	alike: Float64Array;
}

export interface Player extends Profile {
	id: string;
}

function shareOf(players: readonly Pick<Player, 'likes'>[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const player of players)
		for (const id of new Set(player.likes)) counts.set(id, (counts.get(id) ?? 0) + 1);
	const n = Math.max(1, players.length);
	return new Map([...counts].map(([id, count]) => [id, count / n]));
}

/**
 * Item-item collaborative filtering, learned from the likes: cos(i, j) = |both| / √(|i| · |j|),
 * over the players who liked each.
 */
export function learnCoLikes(
	players: readonly Pick<Player, 'likes'>[]
): Map<string, Map<string, number>> {
	const likers = new Map<string, number>();
	const both = new Map<string, Map<string, number>>();
	for (const player of players) {
		const liked = [...new Set(player.likes)];
		for (const id of liked) likers.set(id, (likers.get(id) ?? 0) + 1);
		for (const a of liked)
			for (const b of liked) {
				if (a === b) continue;
				let row = both.get(a);
				if (!row) both.set(a, (row = new Map()));
				row.set(b, (row.get(b) ?? 0) + 1);
			}
	}
	for (const [a, row] of both)
		for (const [b, count] of row) row.set(b, count / Math.sqrt(likers.get(a)! * likers.get(b)!));
	return both;
}

export function openShop(items: readonly CatalogueItem[], players: readonly Player[]): Shop {
	const byAge = new Map<AgeBand, Map<string, number>>();
	for (const age of new Set(players.map((p) => p.age)))
		byAge.set(age, shareOf(players.filter((p) => p.age === age)));
	const facts = items.map(factsOf);
	const n = items.length;
	const alike = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = i; j < n; j++)
			alike[i * n + j] = alike[j * n + i] = 1 - distance(facts[i]!, facts[j]!);
	return {
		items,
		byId: new Map(items.map((item) => [item.id, item])),
		facts: new Map(facts.map((f) => [f.id, f])),
		index: new Map(items.map((item, k) => [item.id, k])),
		alike,
		popularity: shareOf(players),
		popularityByAge: byAge,
		coLikes: learnCoLikes(players)
	};
}

const maxOf = (values: Iterable<number>) => Math.max(1e-9, ...values);

/** The list a design makes for one player, with the reasons for each pick. */
export function recommend(
	design: Design,
	player: Player,
	shop: Shop,
	length = LIST_LENGTH
): Recommendation[] {
	const group = marketingFor(player.gender);
	const seen = new Set([...player.likes, ...player.dislikes]);
	const candidates = shop.items.filter(
		(item) => !seen.has(item.id) && (design.showAll || item.marketedTo === group)
	);
	const n = shop.items.length;
	const liked = player.likes.filter((id) => shop.index.has(id));
	const agePopularity = shop.popularityByAge.get(player.age) ?? new Map<string, number>();
	const topPopularity = maxOf(shop.popularity.values());
	const topAge = maxOf(agePopularity.values());
	const w = design.weights;

	const scored = candidates.map((item) => {
		const at = shop.index.get(item.id)! * n;
		const parts: { value: number; reason: Reason }[] = [];
		const add = (weight: number, value: number, reason: Reason) => {
			if (weight > 0 && value > 0) parts.push({ value: weight * value, reason });
		};
		if (item.marketedTo !== null)
			add(w.gender, item.marketedTo === group ? 1 : 0, { kind: 'marketed', to: item.marketedTo });
		add(w.age, (agePopularity.get(item.id) ?? 0) / topAge, {
			kind: 'popular-age',
			age: player.age
		});
		add(w.popularity, (shop.popularity.get(item.id) ?? 0) / topPopularity, {
			kind: 'popular',
			among: design.showAll ? 'everyone' : group
		});
		const styles = item.styles.filter((s) => player.styles.includes(s));
		if (styles.length)
			add(w.styles, styles.length / item.styles.length, { kind: 'style', style: styles[0]! });
		const colours = item.colours.filter((c) => player.colours.includes(c));
		if (colours.length)
			add(w.colours, colours.length / item.colours.length, { kind: 'colour', colour: colours[0]! });
		let closest: { id: string; similarity: number } | null = null;
		for (const other of liked) {
			const similarity = shop.alike[at + shop.index.get(other)!]!;
			if (!closest || similarity > closest.similarity) closest = { id: other, similarity };
		}
		if (closest) add(w.likes, closest.similarity, { kind: 'liked', item: closest.id });
		let together: { id: string; similarity: number } | null = null;
		for (const id of player.likes) {
			const similarity = shop.coLikes.get(id)?.get(item.id) ?? 0;
			if (similarity > 0 && (!together || similarity > together.similarity))
				together = { id, similarity };
		}
		if (together)
			add(w.similarPlayers, together.similarity, { kind: 'similar-players', item: together.id });
		parts.sort((a, b) => b.value - a.value);
		return {
			item: item.id,
			score: parts.reduce((sum, part) => sum + part.value, 0),
			reasons: parts.map((part) => part.reason)
		};
	});

	// Best first; ties go to the item earlier in the catalogue, so a list never shuffles by chance.
	scored.sort((a, b) => b.score - a.score || shop.index.get(a.item)! - shop.index.get(b.item)!);
	const top = maxOf(scored.map((s) => s.score));
	const picked: Recommendation[] = [];
	const left = [...scored];
	while (picked.length < length && left.length > 0) {
		let best = 0;
		let bestValue = -Infinity;
		for (let k = 0; k < left.length; k++) {
			const at = shop.index.get(left[k]!.item)! * n;
			let nearest = 0;
			for (const p of picked)
				nearest = Math.max(nearest, shop.alike[at + shop.index.get(p.item)!]!);
			const value = (1 - design.diversity) * (left[k]!.score / top) - design.diversity * nearest;
			if (value > bestValue) [best, bestValue] = [k, value];
		}
		picked.push(left.splice(best, 1)[0]!);
	}
	return picked;
}

export interface DesignReport {
	lists: { player: string; recommendations: Recommendation[] }[];
	/** Mean share of each list the player would like. */
	relevance: number | null;
	coverage: number;
	averagePopularity: number | null;
	gini: number;
	/** Mean intra-list diversity. */
	diversity: number | null;
	/** Mean calibration error (KL of style mixes); lower is better calibrated. */
	miscalibration: number | null;
	stereotypeRate: number | null;
}

const mean = (values: (number | null)[]) => {
	const known = values.filter((v): v is number => v !== null);
	return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};

/** A design applied to every player, and every measure of it. */
export function evaluate(design: Design, players: readonly Player[], shop: Shop): DesignReport {
	const lists = players.map((player) => ({
		player: player.id,
		recommendations: recommend(design, player, shop)
	}));
	const ranked: RankedList[] = lists.map((l) => ({
		player: l.player,
		items: l.recommendations.map((r) => r.item)
	}));
	const byId = new Map(players.map((p) => [p.id, p]));
	const likes = (player: string, item: string) =>
		wouldLike(byId.get(player)!, shop.byId.get(item)!);
	const catalogue = shop.items.map((item) => item.id);
	return {
		lists,
		relevance: mean(ranked.map((l) => relevance(l.items, (item) => likes(l.player, item)))),
		coverage: coverage(ranked, catalogue),
		averagePopularity: averagePopularity(ranked, shop.popularity),
		gini: gini([...exposure(ranked, catalogue).values()]),
		diversity: mean(ranked.map((l) => intraListDiversity(l.items, shop.facts))),
		miscalibration: mean(
			ranked.map((l) =>
				miscalibration(
					styleMix(byId.get(l.player)!.likes, shop.facts),
					styleMix(l.items, shop.facts)
				)
			)
		),
		stereotypeRate: stereotypeRate(
			ranked,
			shop.facts,
			(player) => marketingFor(byId.get(player)!.gender),
			likes
		)
	};
}
