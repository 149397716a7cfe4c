import { describe, expect, it } from 'vitest';
import { MODULES } from './index';
import { localize } from './localize';
import { spottedCows } from './modules/spotted-cows';
import { whatIsAi } from './modules/what-is-ai';

/** Proves the move of the prose from TypeScript into Markdown files was mechanical. */
describe('modules loaded from the Markdown files', () => {
	const before = [whatIsAi, spottedCows];

	it('deep-equal the TypeScript modules, every text in both languages', () => {
		expect(MODULES).toHaveLength(before.length);
		MODULES.forEach((module, i) => expect(module).toStrictEqual(before[i]));
	});

	it.each(['en', 'es'])('localize to the same %s content', (locale) => {
		MODULES.forEach((module, i) =>
			expect(localize(module, locale)).toStrictEqual(localize(before[i], locale))
		);
	});
});
