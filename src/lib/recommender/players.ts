import { z } from 'zod';
import { COLOURS, STYLES, type CatalogueItem } from './catalogue';
import type { Marketing } from './metrics';

/**
 * The shop's players: the built-in personas (content/personas.json) and a student's own profile.
 * Gender is whatever the player entered, "prefer not to say" included; no real names are needed.
 */
export const GENDERS = ['girl', 'boy', 'non-binary', 'another', 'prefer-not-to-say'] as const;
export const AGE_BANDS = ['8-10', '11-13', '14-18'] as const;
export type Gender = (typeof GENDERS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];

const itemId = z.string().regex(/^[a-z][a-z0-9-]{1,47}$/);

export const profileSchema = z
	.object({
		gender: z.enum(GENDERS),
		age: z.enum(AGE_BANDS),
		styles: z.array(z.enum(STYLES)).max(STYLES.length),
		colours: z.array(z.enum(COLOURS)).max(COLOURS.length),
		dislikedStyles: z.array(z.enum(STYLES)).max(STYLES.length),
		likes: z.array(itemId).max(200),
		dislikes: z.array(itemId).max(200)
	})
	.strict();
export type Profile = z.output<typeof profileSchema>;

export const personaSchema = profileSchema
	.extend({ id: itemId, name: z.string().min(1).max(40) })
	.strict();
export type Persona = z.output<typeof personaSchema>;

export function parsePersonas(data: unknown, items: readonly CatalogueItem[]): Persona[] {
	const personas = z
		.object({ personas: z.array(personaSchema).min(1).max(100) })
		.strict()
		.parse(data).personas;
	const known = new Set(items.map((item) => item.id));
	for (const persona of personas)
		for (const id of [...persona.likes, ...persona.dislikes])
			if (!known.has(id)) throw new Error(`${persona.id}: no item ${id}`);
	return personas;
}

/** The marketing a player's entered gender would get: none for anyone but "girl" and "boy". */
export function marketingFor(gender: Gender): Marketing {
	return gender === 'girl' ? 'girls' : gender === 'boy' ? 'boys' : null;
}

/**
 * Whether a player would like an item, from their stated tastes (the measure of relevance): one
 * of their styles, or two of their colours, and none of the styles they said they dislike.
 */
export function wouldLike(
	player: Pick<Profile, 'styles' | 'colours' | 'dislikedStyles'>,
	item: CatalogueItem
): boolean {
	if (item.styles.some((style) => player.dislikedStyles.includes(style))) return false;
	const styles = item.styles.filter((style) => player.styles.includes(style)).length;
	const colours = item.colours.filter((colour) => player.colours.includes(colour)).length;
	return 2 * styles + colours >= 2;
}
