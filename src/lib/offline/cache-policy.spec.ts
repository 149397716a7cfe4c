import { describe, expect, it } from 'vitest';
import {
	endsStudentSession,
	isOfflinePagePath,
	pageCacheKey,
	pageOfDataRequest
} from './cache-policy';

describe('offline cache policy', () => {
	it('keeps the pages students work in, and their data, but never teacher pages', () => {
		for (const path of [
			'/learn',
			'/learn/__data.json',
			'/modules',
			'/modules/what-is-ai/3-5/spot-the-ai',
			'/modules/what-is-ai/3-5/spot-the-ai/__data.json',
			'/activities/ai-or-not'
		])
			expect(isOfflinePagePath(path), path).toBe(true);
		for (const path of [
			'/',
			'/teach',
			'/teach/classes/x/progress/y',
			'/organize',
			'/account',
			'/api/progress',
			'/learnmore',
			'/join/ACD3K7'
		])
			expect(isOfflinePagePath(path), path).toBe(false);
	});

	it('ignores SvelteKit’s invalidation marker but keeps real query parameters', () => {
		expect(
			pageCacheKey(new URL('http://x/modules/__data.json?x-sveltekit-invalidated=01&band=3-5'))
		).toBe('http://x/modules/__data.json?band=3-5');
		expect(pageCacheKey(new URL('http://x/activities/ai-or-not?preset=abc#top'))).toBe(
			'http://x/activities/ai-or-not?preset=abc'
		);
	});

	it('finds the page behind a client-side navigation’s data request', () => {
		expect(
			pageOfDataRequest(
				new URL(
					'http://x/modules/what-is-ai/3-5/spot-the-ai/__data.json?x-sveltekit-invalidated=11'
				)
			)
		).toBe('http://x/modules/what-is-ai/3-5/spot-the-ai');
		expect(pageOfDataRequest(new URL('http://x/activities/ai-or-not/__data.json?preset=p'))).toBe(
			'http://x/activities/ai-or-not?preset=p'
		);
		expect(pageOfDataRequest(new URL('http://x/modules/what-is-ai'))).toBeNull();
	});

	it('forgets pages when a student switches or someone logs out', () => {
		expect(endsStudentSession('POST', new URL('http://x/learn?/switch'))).toBe(true);
		expect(endsStudentSession('POST', new URL('http://x/logout'))).toBe(true);
		expect(endsStudentSession('POST', new URL('http://x/learn?/help'))).toBe(false);
		expect(endsStudentSession('GET', new URL('http://x/logout'))).toBe(false);
	});
});
