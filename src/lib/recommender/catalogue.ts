import { z } from 'zod';
import type { ItemFacts } from './metrics';

/**
 * The avatar shop's catalogue: every item the project drew (an SVG shape per `shape`, in its
 * colours, with a motif), what it is, which styles it has, and the gender it was marketed to
 * (null: to everyone). The data lives in the activity's `content/catalogue.json`, its names in
 * the per-language files; this checks both.
 */
export const CATEGORIES = ['top', 'bottom', 'dress', 'shoes', 'hat', 'accessory'] as const;
export const COLOURS = [
	'red',
	'orange',
	'yellow',
	'green',
	'teal',
	'blue',
	'purple',
	'pink',
	'black',
	'white',
	'grey',
	'brown'
] as const;
export const STYLES = [
	'sporty',
	'sparkly',
	'cosy',
	'smart',
	'outdoors',
	'space',
	'animals',
	'music',
	'gaming',
	'flowers',
	'superhero',
	'retro'
] as const;
export const MOTIFS = [
	'star',
	'heart',
	'flower',
	'paw',
	'rocket',
	'planet',
	'note',
	'controller',
	'lightning',
	'stripes',
	'dots'
] as const;
/** The shapes the project draws, by category. */
export const SHAPES = {
	top: ['tshirt', 'hoodie', 'jumper', 'jersey', 'jacket', 'tank'],
	bottom: ['trousers', 'shorts', 'skirt', 'leggings'],
	dress: ['dress', 'overalls'],
	shoes: ['sneakers', 'boots', 'sandals', 'slippers'],
	hat: ['cap', 'beanie', 'crown', 'helmet', 'sunhat', 'bow'],
	accessory: ['glasses', 'scarf', 'backpack', 'cape', 'wings', 'headphones', 'necklace', 'watch']
} as const satisfies Record<Category, readonly string[]>;

export type Category = (typeof CATEGORIES)[number];
export type Colour = (typeof COLOURS)[number];
export type Style = (typeof STYLES)[number];
export type Motif = (typeof MOTIFS)[number];

export const itemSchema = z
	.object({
		id: z.string().regex(/^[a-z][a-z0-9-]{1,47}$/),
		category: z.enum(CATEGORIES),
		shape: z.string(),
		colours: z.array(z.enum(COLOURS)).min(1).max(2),
		motif: z.enum(MOTIFS).optional(),
		styles: z.array(z.enum(STYLES)).min(1).max(3),
		marketedTo: z.enum(['boys', 'girls']).nullable()
	})
	.strict()
	.refine((item) => (SHAPES[item.category] as readonly string[]).includes(item.shape), {
		message: 'a shape of another category',
		path: ['shape']
	});
export type CatalogueItem = z.output<typeof itemSchema>;

export const catalogueSchema = z
	.object({ items: z.array(itemSchema).min(1).max(500) })
	.strict()
	.refine((c) => new Set(c.items.map((item) => item.id)).size === c.items.length, {
		message: 'two items with one id'
	});

/** The catalogue, checked; throws with the first problem (it is the project's own data). */
export function parseCatalogue(data: unknown): CatalogueItem[] {
	return catalogueSchema.parse(data).items;
}

/** What the metrics know of an item: its colours, styles and category as attributes. */
export function factsOf(item: CatalogueItem): ItemFacts {
	return {
		id: item.id,
		attributes: [
			...item.colours.map((c) => `colour:${c}`),
			...item.styles.map((s) => `style:${s}`),
			`category:${item.category}`
		],
		styles: item.styles,
		marketedTo: item.marketedTo
	};
}
