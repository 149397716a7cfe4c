import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Where the client build lists its worker files for the service worker (under `_app/`). */
const OFFLINE_FILES = 'offline-files.json';

/**
 * The doodle lab's training worker and the TensorFlow.js WebAssembly files it loads are built as
 * their own files, which SvelteKit's `$service-worker` list does not name. This lists them in
 * `_app/offline-files.json`, and the service worker keeps them with the app when it installs, so
 * a tablet that loses the Wi-Fi before the lab step can still train.
 */
function offlineWorkerFiles(): Plugin {
	return {
		name: 'dayofai-offline-worker-files',
		apply: 'build',
		writeBundle(options) {
			const dir = options.dir;
			if (!dir || !dir.endsWith(`output${sep}client`)) return;
			const workers = join(dir, '_app', 'immutable', 'workers');
			if (!existsSync(workers)) return;
			const listed = readdirSync(workers, { recursive: true, encoding: 'utf8' })
				.map((file) => file.split(sep).join('/'))
				.filter((file) => statSync(join(workers, file)).isFile())
				// The threaded WebAssembly build needs cross-origin isolation: the browser never loads it.
				.filter((file) => !/\.(br|gz)$/.test(file) && !file.includes('threaded-simd'))
				.map((file) => `_app/immutable/workers/${file}`)
				.sort();
			writeFileSync(join(dir, '_app', OFFLINE_FILES), JSON.stringify(listed) + '\n');
		}
	};
}

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
		sveltekit(),
		offlineWorkerFiles()
	],
	// The training worker loads its WebGL backend only when asked for it: that needs ES module workers.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		exclude: ['tests/e2e/**'],
		environment: 'node',
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		pool: 'forks'
	}
});
