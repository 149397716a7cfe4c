import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { E2E_DATABASE_URL, E2E_ON_POSTGRES } from './tests/e2e/e2e-db';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// Real Quick, Draw! drawings, people's spot labels and Magenta's sketch-rnn models for the lab,
// when the workplace has them.
const SHARED = [process.env.SHARED_DATA_DIR, resolve('../shared/data')].find(
	(dir) => dir && existsSync(resolve(dir, 'quickdraw'))
);
export const REAL_DATA: Record<string, string> = SHARED
	? {
			DOODLE_DATA_DIR: resolve(SHARED, 'quickdraw', 'simplified-5k-json'),
			DOODLE_SPOT_LABELS: resolve(SHARED, 'labels', 'cow-spots-0-239.jsonl'),
			SKETCH_RNN_DIR: resolve(SHARED, 'sketch-rnn')
		}
	: {};
const systemChromium = '/usr/bin/chromium';
const launchOptions = {
	executablePath: existsSync(systemChromium) ? systemChromium : undefined,
	args: [
		'--no-sandbox',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-gpu'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: E2E_ON_POSTGRES ? 'test-results/e2e-postgres' : 'test-results/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	// Whole classroom flows (a teacher signing up through the mailed link, students joining,
	// several accessibility scans) take 25-30 s on a 2-core machine: room for a busy CI run.
	timeout: 60_000,
	reporter: [
		['list'],
		[
			'json',
			{
				outputFile: E2E_ON_POSTGRES
					? 'test-results/playwright-postgres.json'
					: 'test-results/playwright.json'
			}
		]
	],
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'desktop',
			// Drawings replayed by a finger, and a lesson whose student is on a tablet: the tablet only.
			// On PostgreSQL (the second run), the start-up and two-process checks, which start servers
			// of their own on a database of their own, are not run again.
			testIgnore: E2E_ON_POSTGRES
				? /(touch-replay|gan-lesson|startup|postgres-processes)\.spec\.ts/
				: /(touch-replay|gan-lesson)\.spec\.ts/,
			use: { viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false }
		},
		{
			// A 10-inch tablet in portrait, driven by touch.
			name: 'tablet',
			// The authorization matrix and the hardening checks send requests, not touches: once is enough.
			testIgnore: /(authorization|hardening|startup|postgres-processes)\.spec\.ts/,
			use: {
				viewport: { width: 810, height: 1080 },
				deviceScaleFactor: 2,
				hasTouch: true,
				isMobile: true
			}
		}
	],
	webServer: {
		command: 'node tests/e2e/server.js',
		url: `http://localhost:${PORT}/`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		env: {
			PORT: String(PORT),
			DATABASE_URL: E2E_DATABASE_URL,
			SEED_DEMO: '1',
			DEMO_PASSWORD: 'e2e-demo-password',
			// Every test signs a teacher up from this one address; the limit itself is tested apart.
			SIGNUP_MAX_PER_IP: '100000',
			REGISTRATION_MAX_PER_IP: '100000',
			// A person types for seconds; the browser tests type in one. The check is tested apart.
			REGISTRATION_MIN_SECONDS: '1',
			...REAL_DATA
		}
	}
});
