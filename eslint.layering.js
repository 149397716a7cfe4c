/**
 * The project's layers, enforced: pure domain code (the doodle and sketch models, the curriculum
 * core) knows nothing of Svelte, SvelteKit, the DOM, Paraglide or the server; routes reach the
 * database only through services; services (src/lib/server) know nothing of SvelteKit, except the
 * request glue in src/lib/server/http, which turns a request into service calls.
 */
const DOMAIN =
	'Pure domain code (doodle, sketch, gan, recommender, the curriculum core) stays free of Svelte, SvelteKit, the DOM, Paraglide and server code.';
const ROUTES =
	'Routes reach the database through a service in src/lib/server that takes `db`, never drizzle or the schema directly.';
const SERVICES =
	'Services in src/lib/server take `db` and plain values, never SvelteKit: request handling lives in src/lib/server/http.';

const DOM_GLOBALS = [
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'navigator',
	'location',
	'HTMLElement',
	'HTMLCanvasElement',
	'CanvasRenderingContext2D',
	'requestAnimationFrame'
];

/** @type {import('eslint').Linter.Config[]} */
export const layering = [
	{
		files: [
			'src/lib/doodle/**/*.ts',
			'src/lib/sketch/**/*.ts',
			'src/lib/gan/**/*.ts',
			'src/lib/recommender/**/*.ts',
			'src/lib/curriculum/**/*.ts'
		],
		// Reactive state classes sit beside the core and may use runes; tests may load server data.
		ignores: ['**/*.svelte.ts', '**/*.spec.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*', '*.svelte'], message: DOMAIN },
						{ group: ['@sveltejs/kit', '@sveltejs/kit/*', '$app/*'], message: DOMAIN },
						{ group: ['#lib/paraglide/*', '**/paraglide/*'], message: DOMAIN },
						{
							group: [
								'#lib/server/*',
								'**/server/*',
								'drizzle-orm',
								'drizzle-orm/*',
								'better-sqlite3'
							],
							message: DOMAIN
						}
					]
				}
			],
			'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: DOMAIN }))]
		}
	},
	{
		files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'], message: ROUTES },
						{
							group: ['#lib/server/db/schema', '**/db/schema'],
							message: ROUTES,
							allowTypeImports: true
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/**/*.ts'],
		ignores: ['src/lib/server/http/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['@sveltejs/kit', '@sveltejs/kit/*', '$app/*'], message: SERVICES }] }
			]
		}
	}
];
