import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MODULES } from '../curriculum';
import { localizedContent } from './content';
import {
	ACTIVITIES,
	ACTIVITY_ARTIFACTS,
	ACTIVITY_IDS,
	DEFINITIONS,
	isActivityId,
	loadArtifactCards
} from './registry';
import { ARTIFACT_KINDS, artifactContent } from '../validation/artifacts';

describe('the activity registry, built from each folder’s definition', () => {
	it('lists every activity once, and the ids lessons use are among them', () => {
		expect(ACTIVITY_IDS).toEqual(['ai-or-not', 'doodle-lab', 'gan', 'recommender']);
		expect(new Set(ACTIVITY_IDS).size).toBe(DEFINITIONS.length);
		for (const module of MODULES)
			for (const lessons of Object.values(module.lessons))
				for (const lesson of lessons ?? [])
					for (const step of lesson.steps)
						if (step.kind === 'activity') {
							expect(isActivityId(step.activity)).toBe(true);
							expect(ACTIVITIES[step.activity].presetSchema.safeParse(step.preset).success).toBe(
								true
							);
						}
		expect(isActivityId('checkout')).toBe(false);
	});

	it('takes the artifact kinds, their schemas and their activity from the definitions', () => {
		expect([...ACTIVITY_ARTIFACTS].map(([kind, { activity }]) => [kind, activity])).toEqual([
			['ai-or-not-sort', 'ai-or-not'],
			['doodle-experiment', 'doodle-lab'],
			['ai-drawing', 'doodle-lab'],
			['gan-real-or-fake', 'gan'],
			['recommender-design', 'recommender']
		]);
		expect(ARTIFACT_KINDS).toEqual([
			'reflection',
			'ai-or-not-sort',
			'doodle-experiment',
			'ai-drawing',
			'gan-real-or-fake',
			'recommender-design'
		]);
		expect(artifactContent('ai-or-not-sort', { placements: [] })).toEqual({
			kind: 'ai-or-not-sort',
			data: { placements: [] }
		});
		expect(artifactContent('ai-or-not-sort', { placements: [{ itemId: 'toaster' }] })).toBeNull();
		expect(artifactContent('no-such-kind', {})).toBeNull();
	});

	it('gives each activity a valid default preset and its own set-up form reader', () => {
		for (const definition of DEFINITIONS)
			expect(
				definition.presetSchema.safeParse(definition.defaultPreset).success,
				definition.id
			).toBe(true);
		expect(ACTIVITIES['ai-or-not'].presetFromForm(new FormData())).toEqual({
			ok: false,
			error: 'too_few_items'
		});
		expect(ACTIVITIES['doodle-lab'].presetFromForm(new FormData())).toEqual({
			ok: true,
			preset: ACTIVITIES['doodle-lab'].defaultPreset
		});
	});

	it('loads the cards of the kinds a page shows, and none for unknown kinds', async () => {
		const cards = await loadArtifactCards(['ai-drawing', 'ai-drawing', 'reflection', 'nope']);
		expect(Object.keys(cards)).toEqual(['ai-drawing']);
		expect(typeof cards['ai-drawing']).toBe('function');
	});

	it('reads titles and summaries from the activity’s content files, in each locale', () => {
		expect(ACTIVITIES['ai-or-not'].title).toEqual({ en: 'AI or not?', es: '¿IA o no?' });
		expect(ACTIVITIES['doodle-lab'].title.es).toBe('Laboratorio de vacas con manchas');
	});
});

describe('activity content files', () => {
	const schema = z.strictObject({
		title: z.string().min(1),
		items: z.strictObject({ a: z.strictObject({ name: z.string().min(1) }) })
	});
	const en = { title: 'Cows', items: { a: { name: 'A cow' } } };

	it('fall back to English text by text where a locale lacks a text', () => {
		const content = localizedContent('x', schema, {
			'./content/en.json': en,
			'./content/es.json': { items: { a: { name: 'Una vaca' } } }
		});
		expect(content.es).toEqual({ title: 'Cows', items: { a: { name: 'Una vaca' } } });
		expect(content.en).toEqual(en);
		// A locale without a file at all is English.
		expect(localizedContent('x', schema, { './content/en.json': en }).es).toEqual(en);
		// An empty text is a missing one.
		expect(
			localizedContent('x', schema, {
				'./content/en.json': en,
				'./content/es.json': { title: ' ' }
			}).es.title
		).toBe('Cows');
	});

	it('fail with the file and the key when a file is wrong', () => {
		expect(() => localizedContent('x', schema, { './content/en.json': { title: 'Cows' } })).toThrow(
			/x\/content\/en\.json: .*items/s
		);
		expect(() =>
			localizedContent('x', schema, {
				'./content/en.json': en,
				'./content/es.json': { items: { a: { nmae: 'typo' } } }
			})
		).toThrow('x/content/es.json: items.a.nmae is not in en.json.');
		expect(() =>
			localizedContent('x', schema, { './content/en.json': en, './content/es.json': { title: 3 } })
		).toThrow('x/content/es.json: title is not a text.');
		expect(() =>
			localizedContent('x', schema, { './content/en.json': en, './content/xx.json': {} })
		).toThrow('x/content/xx.json: no such locale');
	});
});
