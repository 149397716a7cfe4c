import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from '@inlang/paraglide-js';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { markFallbackMessages } from '#lib/build/mark-fallback-messages';
import {
	emptyTranslations,
	fallbackTexts,
	untranslatedMessages
} from '#lib/build/message-catalogues';

/**
 * The interface side of a staged translation: French exists only in a fixture (greeting
 * translated, farewell missing, thanks left empty). Its catalogues go through the real Paraglide
 * compiler and a component through the real build step that marks fallbacks.
 */
const fixture = 'src/lib/curriculum/testing/fixture-locale';
const work = resolve('test-results/message-fallback');

const COMPONENT = `<script lang="ts">
	import { m } from './paraglide/messages.js';
	let { name }: { name: string } = $props();
	const labels = { greeting: m.greeting, farewell: m.farewell };
	const picked = labels.farewell();
</script>

<h1>{m.greeting()}</h1>
<p>{m.farewell()}, {name}.</p>
<button type="button">{m.farewell()}</button>
<img src="/wave.png" alt={m.farewell()} />
<ul><li>{labels.greeting()}</li><li>{picked}</li><li>{name}</li></ul>
<p>{name ? m.farewell() : m.greeting()}!</p>
`;

type Runtime = { overwriteGetLocale: (fn: () => string) => void };
let Greeting: Component<{ name: string }>;
let runtime: Runtime;

const html = (locale: string) => {
	runtime.overwriteGetLocale(() => locale);
	return render(Greeting, { props: { name: 'Ana' } }).body.replaceAll(/<!--[^>]*-->/g, '');
};

beforeAll(async () => {
	rmSync(work, { recursive: true, force: true });
	mkdirSync(join(work, 'project.inlang'), { recursive: true });
	cpSync(join(fixture, 'messages'), join(work, 'messages'), { recursive: true });
	const settings = JSON.parse(
		readFileSync(join(fixture, 'project.inlang', 'settings.json'), 'utf8')
	);
	settings.modules = [resolve('node_modules/@inlang/plugin-message-format/dist/index.js')];
	writeFileSync(join(work, 'project.inlang', 'settings.json'), JSON.stringify(settings));
	await compile({
		project: join(work, 'project.inlang'),
		outdir: join(work, 'paraglide'),
		strategy: ['globalVariable', 'baseLocale']
	});

	const catalogue = { keys: untranslatedMessages(work), texts: fallbackTexts(work) };
	writeFileSync(
		join(work, 'lang.ts'),
		[
			`import { createFallbackLang } from '${resolve('src/lib/i18n/fallback-lang.ts')}';`,
			`import { baseLocale, getLocale } from './paraglide/runtime.js';`,
			`export const { messageLang, textLang } = createFallbackLang(${JSON.stringify(catalogue)}, baseLocale, () => getLocale());`
		].join('\n')
	);
	const marked = markFallbackMessages(COMPONENT, 'Greeting.svelte', {
		untranslated: new Set(Object.values(catalogue.keys).flat()),
		byValue: true,
		messagesModule: './paraglide/messages.js',
		langModule: './lang.ts'
	});
	writeFileSync(join(work, 'Greeting.svelte'), marked!.code);
	Greeting = (await import(/* @vite-ignore */ join(work, 'Greeting.svelte'))).default;
	runtime = await import(/* @vite-ignore */ join(work, 'paraglide', 'runtime.js'));
});

describe('an interface message the locale lacks', () => {
	it('is reported per locale', () => {
		expect(untranslatedMessages(work)).toEqual({ fr: ['farewell'] });
	});

	it('is not one translated as an empty text, which Paraglide shows as nothing (and i18n:status flags)', async () => {
		const { thanks } = (await import(/* @vite-ignore */ join(work, 'paraglide', 'messages.js'))).m;
		expect(thanks({}, { locale: 'fr' })).toBe('');
		expect(emptyTranslations(work)).toEqual({ fr: ['thanks'] });
	});

	it('is shown in English, marked lang="en", while translated ones are not marked', () => {
		const page = html('fr');
		expect(page).toContain('<h1>Bonjour</h1>');
		expect(page).toContain('<p><span lang="en">Goodbye</span>, Ana.</p>');
		expect(page).toContain('<img lang="en" src="/wave.png" alt="Goodbye"/>');
		expect(page).toContain('<button lang="en" type="button">Goodbye</button>');
		// Picked at run time from a label map: recognised by its value.
		expect(page).toContain('<ul><li>Bonjour</li><li lang="en">Goodbye</li><li>Ana</li></ul>');
		expect(page).toContain('<p><span lang="en">Goodbye</span>!</p>');
	});

	it('leaves the base locale untouched: no lang marks and the same markup', () => {
		expect(html('en')).toBe(
			'<h1>Hello</h1> <p>Goodbye, Ana.</p> <button type="button">Goodbye</button> <img src="/wave.png" alt="Goodbye"/> <ul><li>Hello</li><li>Goodbye</li><li>Ana</li></ul> <p>Goodbye!</p>'
		);
	});
});

describe('the build step that marks fallbacks', () => {
	it('changes nothing when every locale is complete', () => {
		expect(
			markFallbackMessages(COMPONENT, 'Greeting.svelte', {
				untranslated: new Set(),
				byValue: false
			})
		).toBe(null);
		expect(
			markFallbackMessages(
				COMPONENT.replace('./paraglide/messages.js', '#lib/paraglide/messages'),
				'G.svelte',
				{
					untranslated: new Set(['unused_key']),
					byValue: false
				}
			)
		).toBe(null);
	});

	it('marks only the missing keys, and never puts a span where one cannot go', () => {
		const source = `<script>
	import { m } from '#lib/paraglide/messages';
</script>
<svelte:head><title>{m.farewell()} · Day of AI</title></svelte:head>
<select><option lang="es">{m.farewell()}</option><option>{m.farewell()} 2</option></select>
<section aria-label={m.farewell()}><p>{m.greeting()}</p></section>
<Card label={m.farewell()}>{m.farewell()}</Card>
`;
		const code = markFallbackMessages(source, 'S.svelte', {
			untranslated: new Set(['farewell']),
			byValue: false
		})!.code;
		expect(code).toContain(
			"import { messageLang as __messageLang, textLang as __textLang } from '#lib/i18n/message-lang';"
		);
		expect(code).toContain('<title>{m.farewell()} · Day of AI</title>');
		expect(code).toContain(
			'<option lang="es">{m.farewell()}</option><option>{m.farewell()} 2</option>'
		);
		expect(code).toContain('<section aria-label={m.farewell()}><p>{m.greeting()}</p></section>');
		expect(code).toContain(
			"<Card label={m.farewell()}>{#if __messageLang('farewell')}<span lang={__messageLang('farewell')}>{m.farewell()}</span>{:else}{m.farewell()}{/if}</Card>"
		);
	});
});
