import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Exit status for a configuration the server cannot run with (src/lib/server/startup.ts). */
const EXIT_CONFIG = 78;

/** The built server (the one these tests run against) started again with one DATABASE_URL. */
function start(databaseUrl: string): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['build/index.js'],
			{
				env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: '0', PORT: '0' },
				timeout: 30_000
			},
			(error, stdout, stderr) =>
				resolve({
					code: error ? ((error as { code?: number }).code ?? null) : 0,
					output: stdout + stderr
				})
		);
	});
}

/** A path under a plain file: no folder can be made there. */
const UNWRITABLE = 'NOT-A-FOLDER/app.db';

const cases: [string, RegExp][] = [
	['mysql://root@db.example/app', /starts with "mysql:\/\/", which this app does not run on/],
	['postgres://', /not a valid PostgreSQL address|names no PostgreSQL host/],
	['postgres://app@db.example', /names no database/],
	['postgres://app@db.example:99999/app', /not a valid PostgreSQL address|port out of range/],
	[
		'postgres://app:secret@127.0.0.1:5432/app',
		/PostgreSQL server at 127\.0\.0\.1:5432\/app does not answer/
	],
	[
		'postgres://app:secret@127.0.0.1:9/app',
		/PostgreSQL server at 127\.0\.0\.1:9\/app does not answer/
	],
	[UNWRITABLE, /SQLite database at .* cannot be opened/]
];
for (const [url, message] of cases) {
	test(`DATABASE_URL=${url} stops the server at once with one clear line and status 78`, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'dayofai-badurl-'));
		writeFileSync(join(dir, 'NOT-A-FOLDER'), 'x');
		const { code, output } = await start(url.replace(UNWRITABLE, join(dir, UNWRITABLE)));
		rmSync(dir, { recursive: true, force: true });
		expect(code).toBe(EXIT_CONFIG);
		expect(output).toMatch(/^Day of AI Classroom cannot start: /m);
		expect(output).toMatch(message);
		expect(output).not.toMatch(/\n\s+at /); // no stack trace
		expect(output).not.toContain('secret');
		expect(output).not.toContain('running at');
	});
}
