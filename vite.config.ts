import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { globSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { lessonContent } from './src/lib/build/lesson-content-plugin.ts';
import { messageFallbacks } from './src/lib/build/message-fallbacks-plugin.ts';

const onPostgres = process.env.DB_DIALECT === 'postgres';

export default defineConfig({
	plugins: [
		// Under vitest the messages are compiled once beforehand (`npm run i18n:compile`): the
		// plugin's file watcher would keep the test process alive.
		process.env.VITEST
			? []
			: paraglideVitePlugin({
					project: './project.inlang',
					outdir: './src/lib/paraglide',
					strategy: ['cookie', 'preferredLanguage', 'baseLocale']
				}),
		lessonContent(),
		messageFallbacks(),
		sveltekit({
			adapter: adapter({ out: 'build' }),
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:', 'blob:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'worker-src': ['self', 'blob:'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		})
	],
	// The training worker loads its WebGL backend only when asked for it: that needs ES module workers.
	worker: { format: 'es' },
	test: onPostgres
		? {
				// `npm run test:postgres`: every integration test (those on a test database) again,
				// on PostgreSQL; the SQLite-only ones (its migrations, the copy's source) stay out.
				include: globSync('src/**/*.spec.ts').filter(
					(file) =>
						readFileSync(file, 'utf8').includes('await createTestDb()') &&
						!file.includes('/db/migrations.spec.ts')
				),
				environment: 'node',
				reporters: ['default', 'json'],
				outputFile: { json: 'test-results/vitest-postgres.json' },
				pool: 'forks'
			}
		: {
				include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts', 'scripts/**/*.spec.ts'],
				exclude: ['tests/e2e/**'],
				environment: 'node',
				reporters: ['default', 'json'],
				outputFile: { json: 'test-results/vitest.json' },
				pool: 'forks'
			}
});
