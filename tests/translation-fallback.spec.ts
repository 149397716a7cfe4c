import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PresenterStage from '#lib/components/lesson/PresenterStage.svelte';
import { assembleModule, ContentError, type ContentFiles } from '#lib/curriculum/assemble';
import type { ContentDoc } from '#lib/curriculum/content-format';
import { fallbackLang, localize } from '#lib/curriculum/localize';
import type { ModuleSkeleton } from '#lib/curriculum/skeleton';
import type { Locale } from '#lib/curriculum/types';
import { formatTranslationStatus } from '#lib/curriculum/translation-status';
import { translationStatus } from '../scripts/i18n-status';

/**
 * A third locale, French, that exists only in a test fixture: one of its two lessons is
 * translated, and that one lacks a summary, an objective, a paragraph, a step and a choice.
 */
const fixtureDir = 'src/lib/curriculum/testing/fixture-locale';
const files: ContentFiles = Object.fromEntries(
	Object.entries(
		import.meta.glob<ContentDoc>('../src/lib/curriculum/testing/fixture-locale/content/**/*.md', {
			eager: true,
			import: 'default'
		})
	).map(([path, doc]) => [path.slice(path.indexOf('/content/') + '/content/'.length), doc])
);

const lesson = (slug: string) => ({
	slug,
	minutes: 10,
	timing: [5, 5],
	steps: [
		{ kind: 'slide' as const, id: 'hello' },
		{ kind: 'discuss' as const, id: 'think' },
		{
			kind: 'quiz' as const,
			id: 'check',
			questions: [{ id: 'q1', choices: ['vacuum', 'spoon'], answer: 'vacuum' }]
		}
	]
});
const skeleton: ModuleSkeleton = {
	slug: 'fixture',
	bigIdeas: ['learning'],
	lessons: { '3-5': [lesson('first'), lesson('second')] }
};
const french = 'fr' as Locale;
const module = assembleModule(skeleton, files, ['en', 'fr']);

describe('a locale with part of the lessons translated', () => {
	it('falls back to English text by text, and lists each fallback', () => {
		const fr = localize(module, french);
		expect(fr.title).toBe('Robots and data');
		expect(fr.fallback).toEqual(['title', 'summary', 'objectives.0']);

		const [first, second] = fr.lessons['3-5']!;
		expect(first!.title).toBe('Voici le robot');
		expect(first!.summary).toBe('Students meet a robot.');
		expect(first!.objectives).toEqual(['Dire ce qu’est un robot.', 'Give an example of a robot.']);
		expect(first!.fallback).toEqual(['summary', 'objectives.1']);
		expect(first!.vocabulary[0]).toEqual({
			term: 'robot',
			definition: 'Une machine qui perçoit et agit.'
		});

		const [hello, think, check] = first!.steps;
		expect(hello).toMatchObject({
			title: 'Bonjour, robot',
			body: ['Les robots perçoivent le monde.', 'Then they act on it.'],
			fallback: ['body.1']
		});
		expect(think).toMatchObject({
			prompt: 'Where have you seen a robot?',
			fallback: ['prompt', 'teacherNotes']
		});
		if (check?.kind !== 'quiz') throw new Error('the third step is the quiz');
		expect(check.questions[0]!.choices).toEqual([
			{ id: 'vacuum', text: 'Un aspirateur robot' },
			{ id: 'spoon', text: 'A spoon', fallback: ['text'] }
		]);
		expect(fallbackLang(check.questions[0]!.choices[1], 'text')).toBe('en');
		expect(fallbackLang(check.questions[0]!.choices[0], 'text')).toBeUndefined();

		expect(second!.title).toBe('Build a robot');
		expect(second!.fallback).toContain('title');
		expect(second!.steps[0]!.fallback).toEqual(['title', 'body.0', 'body.1', 'teacherNotes']);
	});

	it('marks nothing in English or in a fully translated text', () => {
		expect(JSON.stringify(localize(module, 'en'))).not.toContain('fallback');
		expect(fallbackLang(localize(module, 'en'), 'title')).toBeUndefined();
	});

	it('renders the English texts of a French page with lang="en"', () => {
		const steps = localize(module, french).lessons['3-5']![0]!.steps;
		const hello = render(PresenterStage, { props: { step: steps[0]!, reveal: false } }).body;
		expect(hello).toMatch(/<h2>Bonjour, robot<\/h2>/);
		expect(hello).toMatch(/<p>Les robots perçoivent le monde\.<\/p>/);
		expect(hello).toMatch(/<p lang="en">Then they act on it\.<\/p>/);
		const think = render(PresenterStage, { props: { step: steps[1]!, reveal: false } }).body;
		expect(think).toMatch(
			/<h2 class="present-prompt" lang="en">Where have you seen a robot\?<\/h2>/
		);
	});

	it('is reported by i18n:status: missing messages and lesson texts, per locale', () => {
		const report = formatTranslationStatus(
			translationStatus(fixtureDir, join(fixtureDir, 'content'))
		);
		expect(report).toBe(
			[
				'fr: 1 message and 7 lesson texts missing (shown in English)',
				'  empty messages (a page shows nothing: translate them, or delete them to show English):',
				'    thanks',
				'  messages:',
				'    farewell',
				'  lessons:',
				'    fr/fixture/3-5/first.md: summary',
				'    fr/fixture/3-5/first.md: objectives item 2',
				'    fr/fixture/3-5/first.md: step "hello": Body paragraph 2',
				'    fr/fixture/3-5/first.md: step "think"',
				'    fr/fixture/3-5/first.md: step "check": question "q1": choice "spoon"',
				'    fr/fixture/3-5/second.md: the whole file',
				'    fr/fixture/module.md: the whole file'
			].join('\n')
		);
	});
});

describe("the app's own locales", () => {
	it('are complete today: i18n:status reports nothing missing', () => {
		expect(formatTranslationStatus(translationStatus('.', 'src/lib/curriculum/content'))).toBe(
			'es: complete'
		);
	});
});

describe('content that cannot be assembled', () => {
	it('names the file and line of a text the step cannot have, or a question it does not ask', () => {
		const doc = files['fr/fixture/3-5/first.md']!;
		const withPrompt = {
			...files,
			'fr/fixture/3-5/first.md': {
				...doc,
				steps: { ...doc.steps, hello: { ...doc.steps.hello!, prompt: 'Pourquoi ?' } }
			}
		};
		expect(() => assembleModule(skeleton, withPrompt, ['en', 'fr'])).toThrow(
			`${fixtureDir}/content/fr/fixture/3-5/first.md:${doc.steps.hello!.line}: a slide step has no prompt`
		);
		const withQuestion = {
			...files,
			'fr/fixture/3-5/first.md': {
				...doc,
				steps: {
					...doc.steps,
					check: { ...doc.steps.check!, questions: { q2: { line: 60, prompt: 'Et ?' } } }
				}
			}
		};
		expect(() => assembleModule(skeleton, withQuestion, ['en', 'fr'])).toThrow(
			`${fixtureDir}/content/fr/fixture/3-5/first.md:60: step "check" has no question "q2" (questions: q1)`
		);
	});

	it('names the English file when it lacks a text', () => {
		const broken = {
			...files,
			'en/fixture/3-5/first.md': { ...files['en/fixture/3-5/first.md']!, summary: undefined }
		};
		expect(() => assembleModule(skeleton, broken, ['en'])).toThrow(
			new ContentError(`${fixtureDir}/content/en/fixture/3-5/first.md:1`, 'summary is missing')
		);
	});

	it('names the file and line of a section for a step the lesson does not have', () => {
		const doc = files['fr/fixture/3-5/first.md']!;
		const broken = {
			...files,
			'fr/fixture/3-5/first.md': { ...doc, steps: { ...doc.steps, helo: { line: 7 } } }
		};
		expect(() => assembleModule(skeleton, broken, ['en', 'fr'])).toThrow(
			`${fixtureDir}/content/fr/fixture/3-5/first.md:7: there is no step "helo" in this lesson (steps: hello, think, check)`
		);
	});
});
