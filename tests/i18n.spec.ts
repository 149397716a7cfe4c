import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A message is a text, or variants chosen by plural rules (`match`): each variant is read. */
type Message = string | { match: Record<string, string> }[];
function variantsText(message: { match: Record<string, string> }[]): string {
	const texts = message.flatMap((variant) =>
		Object.entries(variant.match)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([, text]) => text)
	);
	// An empty variant makes the whole message empty, so the check below catches it.
	return texts.some((text) => !text.trim()) ? '' : texts.join(' | ');
}
/** Each message as one text: its variants' texts joined in the order of their selectors. */
const load = (locale: string): Record<string, string> =>
	Object.fromEntries(
		Object.entries(
			JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, Message>
		).map(([key, message]) => [key, typeof message === 'string' ? message : variantsText(message)])
	);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
	const en = load('en');
	const es = load('es');

	it('has the same keys in English and Spanish', () => {
		expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
	});

	it('has no empty text and the same placeholders in both languages', () => {
		for (const key of Object.keys(en)) {
			if (key === '$schema') continue;
			expect(en[key]!.trim(), `en.${key}`).not.toBe('');
			expect(es[key]?.trim(), `es.${key}`).not.toBe('');
			expect(placeholders(es[key]!), `placeholders of ${key}`).toEqual(placeholders(en[key]!));
		}
	});

	it('is really translated, not copied (proper names aside)', () => {
		// Proper names, and "Error {status}", "{minutes} min" and "{hours} h", read the same in both
		// languages.
		const properNames = new Set([
			'$schema',
			'brand_name',
			'landing_title',
			'error_page_status',
			'module_minutes',
			'training_hours'
		]);
		const same = Object.keys(en).filter(
			(key) => !properNames.has(key) && en[key] === es[key] && en[key]!.split(' ').length > 1
		);
		expect(same).toEqual([]);
	});

	it('has no message that no code uses (a dead key is a text translators work on for nothing)', () => {
		const code: string[] = [];
		const read = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) {
					if (entry.name !== 'paraglide') read(path);
				} else if (/\.(ts|js|svelte)$/.test(entry.name)) code.push(readFileSync(path, 'utf8'));
			}
		};
		read('src');
		const all = code.join('\n');
		const unused = Object.keys(en).filter(
			(key) => key !== '$schema' && !new RegExp(`\\b${key}\\b`).test(all)
		);
		expect(unused).toEqual([]);
	});
});
