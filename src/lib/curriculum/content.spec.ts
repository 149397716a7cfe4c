import { describe, expect, it } from 'vitest';
import { ACTIVITIES, isActivityId } from '../activities/registry';
import { MODULES, moduleBands } from './index';
import { BIG_IDEAS, GRADE_BANDS, LOCALES, type Lesson, type Module, type Text } from './types';

/** Every Text inside a value, with its path, for the language checks. */
function texts(value: unknown, path = ''): { path: string; text: Text }[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		const keys = Object.keys(value);
		const locales: readonly string[] = LOCALES;
		if (keys.includes('en') && keys.every((key) => locales.includes(key))) {
			return [{ path, text: value as Text }];
		}
		return Object.entries(value).flatMap(([key, v]) => texts(v, `${path}.${key}`));
	}
	return [];
}

const lessonsOf = (module: Module) =>
	GRADE_BANDS.flatMap((band) => (module.lessons[band] ?? []).map((lesson) => ({ band, lesson })));

describe.each(MODULES.map((module) => [module.slug, module] as const))(
	'module %s',
	(_slug, module) => {
		it('has a URL-safe slug, big ideas from AI4K12 and objectives', () => {
			expect(module.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(module.bigIdeas.length).toBeGreaterThan(0);
			for (const idea of module.bigIdeas) expect(BIG_IDEAS).toContain(idea);
			expect(module.objectives.length).toBeGreaterThan(0);
		});

		it('has lessons for every band it claims, with unique slugs per band', () => {
			const bands = Object.keys(module.lessons);
			expect(bands.length).toBeGreaterThan(0);
			expect(moduleBands(module)).toEqual(GRADE_BANDS.filter((band) => bands.includes(band)));
			for (const band of bands) {
				const lessons = module.lessons[band as keyof typeof module.lessons]!;
				expect(lessons.length, band).toBeGreaterThan(0);
				const slugs = lessons.map((lesson) => lesson.slug);
				expect(new Set(slugs).size, band).toBe(slugs.length);
				for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			}
		});

		// A locale may be translated in stages (missing texts fall back to English); that today's
		// locales are complete is checked by i18n:status in tests/translation-fallback.spec.ts.
		it('has every text in English, and every translation it has non-empty and not a copy', () => {
			const all = texts(module);
			expect(all.length).toBeGreaterThan(50);
			for (const { path, text } of all) {
				expect(text.en?.trim(), `${path}.en`).toBeTruthy();
				for (const locale of LOCALES.filter((l) => l !== 'en' && l in text)) {
					expect(text[locale]?.trim(), `${path}.${locale}`).toBeTruthy();
					if (text.en.split(/\s+/).length > 2)
						expect(text[locale], `${path} is not translated to ${locale}`).not.toBe(text.en);
				}
			}
		});

		it('writes each band its own text, not a copy of another band', () => {
			const byBand = new Map<string, Set<string>>();
			for (const { band, lesson } of lessonsOf(module)) {
				const set = byBand.get(band) ?? new Set<string>();
				for (const { text } of texts(lesson))
					if (text.en.split(/\s+/).length >= 6) set.add(text.en);
				byBand.set(band, set);
			}
			const bands = [...byBand.keys()];
			for (let i = 0; i < bands.length; i++) {
				for (let j = i + 1; j < bands.length; j++) {
					const shared = [...byBand.get(bands[i]!)!].filter((sentence) =>
						byBand.get(bands[j]!)!.has(sentence)
					);
					expect(shared, `${bands[i]} and ${bands[j]} share text`).toEqual([]);
				}
			}
		});

		describe.each(
			lessonsOf(module).map(({ band, lesson }) => [`${band}/${lesson.slug}`, lesson] as const)
		)('lesson %s', (_name, lesson: Lesson) => {
			it('is complete: objectives, vocabulary, materials, steps, minutes', () => {
				expect(lesson.objectives.length).toBeGreaterThan(0);
				expect(lesson.vocabulary.length).toBeGreaterThan(0);
				expect(lesson.materials.length).toBeGreaterThan(0);
				expect(lesson.steps.length).toBeGreaterThan(2);
				expect(lesson.minutes).toBeGreaterThan(0);
			});

			it('has unique step ids and a guide whose timing adds up to the lesson', () => {
				const ids = lesson.steps.map((step) => step.id);
				expect(new Set(ids).size).toBe(ids.length);
				const guide = lesson.guide;
				expect(guide.timing.reduce((sum, row) => sum + row.minutes, 0)).toBe(lesson.minutes);
				expect(guide.preparation.length).toBeGreaterThan(0);
				expect(guide.misconceptions.length).toBeGreaterThan(0);
				expect(guide.differentiation.support.length).toBeGreaterThan(0);
				expect(guide.differentiation.extension.length).toBeGreaterThan(0);
				expect(guide.unplugged.length).toBeGreaterThan(0);
			});

			it('uses only activities that exist, with presets they accept', () => {
				for (const step of lesson.steps) {
					if (step.kind !== 'activity') continue;
					expect(isActivityId(step.activity), step.activity).toBe(true);
					const result = ACTIVITIES[step.activity].presetSchema.safeParse(step.preset);
					expect(result.success, `${step.id}: ${result.error?.message}`).toBe(true);
				}
			});

			it('has quiz questions with exactly one correct answer among unique choices', () => {
				for (const step of lesson.steps) {
					if (step.kind !== 'quiz') continue;
					expect(step.questions.length).toBeGreaterThan(0);
					const questionIds = step.questions.map((q) => q.id);
					expect(new Set(questionIds).size).toBe(questionIds.length);
					for (const question of step.questions) {
						const choiceIds = question.choices.map((c) => c.id);
						expect(new Set(choiceIds).size, question.id).toBe(choiceIds.length);
						expect(question.choices.length, question.id).toBeGreaterThanOrEqual(2);
						expect(
							question.choices.filter((c) => c.id === question.answer),
							question.id
						).toHaveLength(1);
					}
				}
			});

			it('gives every discussion teacher notes and keeps videos optional with a transcript', () => {
				for (const step of lesson.steps) {
					if (step.kind === 'discuss') expect(step.teacherNotes.en.length).toBeGreaterThan(0);
					if (step.kind === 'video') {
						expect(step.url).toMatch(/^https:\/\//);
						expect(step.transcript.en.length).toBeGreaterThan(100);
					}
				}
			});

			it('asks reflections only for what their text box can take: writing, not drawing', () => {
				for (const step of lesson.steps) {
					if (step.kind !== 'reflect') continue;
					for (const [locale, prompt] of Object.entries(step.prompt))
						expect(prompt, `${step.id} (${locale})`).not.toMatch(/\b(draw|dibuja)\b/i);
				}
			});
		});
	}
);

describe('catalogue', () => {
	it('has unique module slugs', () => {
		const slugs = MODULES.map((module) => module.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
	});

	it('publishes "What is AI?" for grades 3-5 and 6-8 with at least two lessons each and the AI-or-not activity', () => {
		const module = MODULES.find((m) => m.slug === 'what-is-ai');
		expect(module).toBeDefined();
		for (const band of ['3-5', '6-8'] as const) {
			const lessons = module!.lessons[band] ?? [];
			expect(lessons.length, band).toBeGreaterThanOrEqual(2);
			const activities = lessons.flatMap((l) => l.steps).filter((s) => s.kind === 'activity');
			expect(
				activities.some((s) => s.kind === 'activity' && s.activity === 'ai-or-not'),
				band
			).toBe(true);
		}
	});
});
