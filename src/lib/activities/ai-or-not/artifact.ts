import { z } from 'zod';
import { m } from '#lib/paraglide/messages';
import type { Locale } from '../../curriculum/types';
import { defineArtifact } from '../definition';
import { AI_OR_NOT_ITEMS } from './items';
import { AI_OR_NOT_ITEM_IDS } from './preset';

/** A finished "AI or not?" board: where each thing went and whether that was right. */
export const aiOrNotSortSchema = z.object({
	placements: z
		.array(
			z.object({
				itemId: z.enum(AI_OR_NOT_ITEM_IDS),
				bin: z.enum(['ai', 'not-ai']),
				correct: z.boolean()
			})
		)
		.max(AI_OR_NOT_ITEM_IDS.length)
});
export type AiOrNotSort = z.output<typeof aiOrNotSortSchema>;

/** What the teacher's card shows of a board: both bins, each thing's picture, name and mark. */
export interface SortView {
	type: 'sort';
	bins: { bin: 'ai' | 'not-ai'; items: { icon: string; name: string; correct: boolean }[] }[];
}

export function sortView(data: AiOrNotSort, locale: Locale): SortView {
	const bins = (['ai', 'not-ai'] as const).map((bin) => ({
		bin,
		items: data.placements
			.filter((placement) => placement.bin === bin)
			.map((placement) => {
				const item = AI_OR_NOT_ITEMS[placement.itemId];
				return { icon: item.icon, name: item.name[locale], correct: placement.correct };
			})
	}));
	return { type: 'sort', bins };
}

export const AI_OR_NOT_SORT = defineArtifact({
	kind: 'ai-or-not-sort',
	schema: aiOrNotSortSchema,
	view: sortView,
	card: () => import('./SortCard.svelte'),
	csv: (data, locale) =>
		m.csv_sort_summary(
			{
				correct: data.placements.filter((placement) => placement.correct).length,
				total: data.placements.length
			},
			{ locale }
		)
});
