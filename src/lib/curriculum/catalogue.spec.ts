import { describe, expect, it } from 'vitest';
import { findLesson, foldForSearch, isGradeBand, MODULES, searchModules } from './index';
import { localize } from './localize';
import {
	eventId,
	fingerprint,
	initialLessonState,
	mergeSaved,
	parseLessonState
} from './lesson-state';
import { presenterKeyAction, openPresenterChannel, type PresenterMessage } from './presenter-sync';
import type { Module } from './types';

const sample: Module = {
	slug: 'sample',
	title: { en: 'Robots and data', es: 'Robots y datos' },
	summary: { en: 'A summary', es: 'Un resumen' },
	bigIdeas: ['learning'],
	objectives: [{ en: 'Explain training', es: 'Explicar el entrenamiento' }],
	lessons: {
		'9-12': [
			{
				slug: 'one',
				title: { en: 'Neural networks', es: 'Redes neuronales' },
				summary: { en: 's', es: 's' },
				minutes: 10,
				objectives: [],
				vocabulary: [
					{ term: { en: 'Algorithm', es: 'Algoritmo' }, definition: { en: 'd', es: 'd' } }
				],
				materials: [],
				steps: [],
				guide: {
					preparation: [],
					timing: [],
					misconceptions: [],
					differentiation: { support: [], extension: [] },
					unplugged: []
				}
			}
		]
	}
};

describe('search and filter', () => {
	it('matches every word, in the chosen language, ignoring case and accents', () => {
		expect(searchModules([sample], 'en', { query: 'ROBOTS networks' })).toHaveLength(1);
		expect(searchModules([sample], 'es', { query: 'algoritmo neuronales' })).toHaveLength(1);
		expect(searchModules([sample], 'es', { query: 'algorithm' })).toHaveLength(0);
		expect(searchModules([sample], 'en', { query: 'robots cooking' })).toHaveLength(0);
		expect(foldForSearch('Inteligéncia ARTIFICIAL')).toBe('inteligencia artificial');
	});

	it('filters by grade band', () => {
		expect(searchModules([sample], 'en', { band: '9-12' })).toHaveLength(1);
		expect(searchModules([sample], 'en', { band: '3-5' })).toHaveLength(0);
		expect(searchModules(MODULES, 'en', { band: '3-5', query: '' }).map((m) => m.slug)).toContain(
			'what-is-ai'
		);
	});

	it('finds lessons only by a valid band and slugs', () => {
		expect(isGradeBand('6-8')).toBe(true);
		expect(isGradeBand('6-9')).toBe(false);
		const first = MODULES[0]!;
		const band = Object.keys(first.lessons)[0]!;
		const lesson = first.lessons[band as '3-5']![0]!;
		expect(findLesson(first.slug, band, lesson.slug)?.lesson).toBe(lesson);
		expect(findLesson(first.slug, '13-14', lesson.slug)).toBeUndefined();
		expect(findLesson(first.slug, band, 'nope')).toBeUndefined();
		expect(findLesson('nope', band, lesson.slug)).toBeUndefined();
	});
});

describe('localize', () => {
	it('replaces every text with one language and leaves other data alone', () => {
		const spanish = localize(sample, 'es');
		expect(spanish.title).toBe('Robots y datos');
		expect(spanish.lessons['9-12']![0]!.vocabulary[0]!.term).toBe('Algoritmo');
		expect(spanish.lessons['9-12']![0]!.minutes).toBe(10);
		expect(spanish.bigIdeas).toEqual(['learning']);
		expect(JSON.stringify(spanish)).not.toContain('Robots and data');
	});
});

describe('lesson state', () => {
	it('restores saved progress and clamps it to the lesson', () => {
		const saved = JSON.stringify({
			index: 4,
			completed: ['a', 3],
			answers: { q1: 'b', q2: 7 },
			reflections: {},
			finished: false
		});
		expect(parseLessonState(saved, 10)).toEqual({
			index: 4,
			completed: ['a'],
			answers: { q1: 'b' },
			reflections: {},
			finished: false
		});
		expect(parseLessonState(saved, 3).index).toBe(2);
		expect(parseLessonState('{not json', 3)).toEqual(initialLessonState());
		expect(parseLessonState(null, 3)).toEqual(initialLessonState());
	});

	it('gives the same event the same id, and edited artifacts new ones', () => {
		expect(eventId('m/3-5/l', 'answer', 'q1')).toBe(eventId('m/3-5/l', 'answer', 'q1'));
		expect(fingerprint('a reflection')).toBe(fingerprint('a reflection'));
		expect(fingerprint('a reflection')).not.toBe(fingerprint('a reflection!'));
	});
});

describe('presenter', () => {
	it('maps keyboard and clicker keys', () => {
		expect(['ArrowRight', 'PageDown', ' '].map(presenterKeyAction)).toEqual([
			'next',
			'next',
			'next'
		]);
		expect(['ArrowLeft', 'PageUp'].map(presenterKeyAction)).toEqual(['previous', 'previous']);
		expect(presenterKeyAction('Home')).toBe('first');
		expect(presenterKeyAction('End')).toBe('last');
		expect(presenterKeyAction('x')).toBeNull();
	});

	it('keeps two windows on one step through a broadcast channel', async () => {
		const received: PresenterMessage[] = [];
		const projector = openPresenterChannel('m/3-5/l', () => {});
		const notes = openPresenterChannel('m/3-5/l', (message) => received.push(message));
		const otherLesson = openPresenterChannel('m/3-5/other', (message) =>
			received.push({ ...message, type: 'hello' })
		);
		projector.send({ type: 'goto', index: 3, reveal: false });
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(received).toEqual([{ type: 'goto', index: 3, reveal: false }]);
		for (const channel of [projector, notes, otherLesson]) channel.close();
	});
});

describe('resuming from what the server holds', () => {
	const steps = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
	const none = { completed: [], answers: {}, reflections: {}, lastStep: null };

	it('on a tablet with nothing stored: the server’s steps, answers and place', () => {
		const merged = mergeSaved(
			initialLessonState(),
			{ completed: ['a', 'b'], answers: { q: 'x' }, reflections: { c: 'hi' }, lastStep: 'c' },
			steps,
			true
		);
		expect(merged).toEqual({
			index: 2,
			completed: ['a', 'b'],
			answers: { q: 'x' },
			reflections: { c: 'hi' },
			finished: false
		});
	});

	it('a lesson done everywhere reopens as finished; this tablet’s own place and texts win', () => {
		const all = { ...none, completed: ['a', 'b', 'c'], lastStep: 'c' };
		expect(mergeSaved(initialLessonState(), all, steps, true).finished).toBe(true);
		const local = { ...initialLessonState(), index: 1, reflections: { c: 'mine' } };
		const merged = mergeSaved(local, { ...all, reflections: { c: 'theirs' } }, steps, false);
		expect(merged).toMatchObject({ index: 1, finished: false, reflections: { c: 'mine' } });
		expect(merged.completed).toEqual(['a', 'b', 'c']);
		expect(mergeSaved(local, null, steps, false)).toBe(local);
		expect(mergeSaved(local, { ...none, completed: ['gone'] }, steps, false).completed).toEqual([]);
	});
});
