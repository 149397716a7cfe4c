import { z } from 'zod';
import type { Text } from '../../curriculum/types';
import { localizedContent, textOf } from '../content';
import { AI_OR_NOT_ITEM_IDS, type AiOrNotItemId } from './preset';

/** One everyday thing to sort: what it is, whether it uses AI, and why. */
export interface AiOrNotItem {
	id: AiOrNotItemId;
	/** Short name for the card (2-4 words). */
	name: Text;
	/** One sentence saying what the thing does, enough for a 9-year-old to decide. */
	description: Text;
	/** The right answer: true for "uses AI", false for "doesn't use AI". */
	usesAi: boolean;
	/** Why it does or does not use AI, shown after sorting. */
	explanation: Text;
	/** A single emoji that depicts the thing (decorative: the name is always shown too). */
	icon: string;
}

const text = z.string().trim().min(1);
/** What `content/<locale>.json` holds: the activity's name and summary, and every thing's texts. */
export const aiOrNotContentSchema = z.strictObject({
	title: text,
	summary: text,
	items: z.strictObject(
		Object.fromEntries(
			AI_OR_NOT_ITEM_IDS.map((id) => [
				id,
				z.strictObject({ name: text.max(40), description: text, explanation: text })
			])
		) as Record<
			AiOrNotItemId,
			z.ZodObject<{ name: z.ZodString; description: z.ZodString; explanation: z.ZodString }>
		>
	)
});

export const AI_OR_NOT_CONTENT = localizedContent(
	'src/lib/activities/ai-or-not',
	aiOrNotContentSchema,
	import.meta.glob('./content/*.json', { eager: true, import: 'default' })
);

/** What is not prose: the right answer and the picture of each thing. */
const FACTS: Record<AiOrNotItemId, Pick<AiOrNotItem, 'usesAi' | 'icon'>> = {
	calculator: { usesAi: false, icon: '🧮' },
	'music-recommender': { usesAi: true, icon: '🎧' },
	'voice-assistant': { usesAi: true, icon: '🗣️' },
	'thermostat-schedule': { usesAi: false, icon: '🌡️' },
	'photo-face-finder': { usesAi: true, icon: '🖼️' },
	'traffic-light-timer': { usesAi: false, icon: '🚦' },
	'spam-filter': { usesAi: true, icon: '📧' },
	'translation-app': { usesAi: true, icon: '🌐' },
	'microwave-timer': { usesAi: false, icon: '⏲️' },
	'bird-camera': { usesAi: true, icon: '🐦' },
	'alarm-clock': { usesAi: false, icon: '⏰' },
	'autocorrect-keyboard': { usesAi: true, icon: '⌨️' },
	'vending-machine': { usesAi: false, icon: '🥤' },
	'chess-computer': { usesAi: true, icon: '♟️' },
	'automatic-door': { usesAi: false, icon: '🚪' },
	'handwriting-recognition': { usesAi: true, icon: '✍️' }
};

/** The catalogue: every id of AI_OR_NOT_ITEM_IDS exactly once; a preset picks some of them. */
export const AI_OR_NOT_ITEMS = Object.fromEntries(
	AI_OR_NOT_ITEM_IDS.map((id) => [
		id,
		{
			id,
			name: textOf(AI_OR_NOT_CONTENT, (content) => content.items[id].name),
			description: textOf(AI_OR_NOT_CONTENT, (content) => content.items[id].description),
			explanation: textOf(AI_OR_NOT_CONTENT, (content) => content.items[id].explanation),
			...FACTS[id]
		}
	])
) as Record<AiOrNotItemId, AiOrNotItem>;
