import { z } from 'zod';
import { localizedContent } from '../content';
import { TELLTALES, type Telltale } from './real-or-fake';
import { FULL_STEPS, SIMPLE_STEPS, type SlowStepId } from './slow-motion';

const text = z.string().trim().min(1);
const step = z.strictObject({ title: text.max(80), body: text });
const bands = z.strictObject({ '3-5': text, '6-8': text, '9-12': text });
const steps = (ids: readonly SlowStepId[]) =>
	z.strictObject(Object.fromEntries(ids.map((id) => [id, step])) as Record<string, typeof step>);

/** What `content/<locale>.json` holds: the activity's name, summary, introductions, hints and slow-motion words. */
export const ganContentSchema = z.strictObject({
	title: text,
	summary: text,
	intro: bands,
	/** The image GAN's introduction, per band. */
	pictures: bands,
	game: z.strictObject({
		intro: bands,
		/** After each answer: what gave a fake away, or why a real picture looks real. */
		hints: z.strictObject(
			Object.fromEntries(TELLTALES.map((t) => [t, text])) as Record<Telltale, typeof text>
		)
	}),
	slowMotion: z.strictObject({
		'3-5': steps(SIMPLE_STEPS),
		'6-8': steps(FULL_STEPS),
		'9-12': steps(FULL_STEPS)
	})
});
export type GanContent = z.output<typeof ganContentSchema>;

export const GAN_CONTENT = localizedContent(
	'src/lib/activities/gan',
	ganContentSchema,
	import.meta.glob('./content/*.json', { eager: true, import: 'default' })
);
