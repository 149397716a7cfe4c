import type { CatalogueItem } from './catalogue';
import { averagePopularity, coverage, exposure, gini, relevance, type RankedList } from './metrics';
import { wouldLike } from './players';
import { openShop, recommend, type Design, type Player } from './recommend';

/**
 * A feedback loop: round after round every player is shown a list and likes from it (the first
 * item on it they would like, or, when none, the first item: people like what they are shown).
 * Those likes feed the next round's popularity and collaborative filtering, so a design that
 * leans on them narrows what anyone sees.
 */
export interface FeedbackRound {
	round: number;
	/** Share of the shop shown to anyone this round. */
	coverage: number;
	gini: number;
	relevance: number | null;
	averagePopularity: number | null;
}

export const MAX_ROUNDS = 20;

export function simulateFeedback(
	design: Design,
	start: readonly Player[],
	items: readonly CatalogueItem[],
	rounds = 6
): FeedbackRound[] {
	const count = Math.min(Math.max(Math.floor(rounds), 1), MAX_ROUNDS);
	const byId = new Map(items.map((item) => [item.id, item]));
	let players = start.map((player) => ({ ...player, likes: [...player.likes] }));
	const catalogue = items.map((item) => item.id);
	const history: FeedbackRound[] = [];
	for (let round = 1; round <= count; round++) {
		const shop = openShop(items, players);
		const lists: RankedList[] = players.map((player) => ({
			player: player.id,
			items: recommend(design, player, shop).map((r) => r.item)
		}));
		const relevances = lists.map((list, k) =>
			relevance(list.items, (id) => wouldLike(players[k]!, byId.get(id)!))
		);
		const known = relevances.filter((r): r is number => r !== null);
		history.push({
			round,
			coverage: coverage(lists, catalogue),
			gini: gini([...exposure(lists, catalogue).values()]),
			relevance: known.length ? known.reduce((a, b) => a + b, 0) / known.length : null,
			averagePopularity: averagePopularity(lists, shop.popularity)
		});
		players = players.map((player, k) => {
			const shown = lists[k]!.items;
			const liked = shown.find((id) => wouldLike(player, byId.get(id)!)) ?? shown[0];
			return liked ? { ...player, likes: [...player.likes, liked] } : player;
		});
	}
	return history;
}
