import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, builtAt, needsBuild, newestMtime } from './build-stamp.js';

describe('needsBuild', () => {
	it('builds when a source is newer than the last build', () => {
		expect(needsBuild(2_000, 1_000)).toBe(true);
	});

	it('does not build when every source is older than the last build', () => {
		expect(needsBuild(1_000, 2_000)).toBe(false);
		expect(needsBuild(2_000, 2_000)).toBe(false);
	});

	it('builds when there is no build (builtAt 0)', () => {
		expect(needsBuild(1, 0)).toBe(true);
	});
});

describe('the stamp and the sources on disk', () => {
	let root: string;
	const at = (seconds: number) => new Date(seconds * 1000);
	const touch = (path: string, seconds: number) => utimesSync(path, at(seconds), at(seconds));

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'build-stamp-'));
		mkdirSync(join(root, 'src', 'lib'), { recursive: true });
		mkdirSync(join(root, 'src', 'lib', 'paraglide'));
		mkdirSync(join(root, 'build'));
		writeFileSync(join(root, 'src', 'lib', 'a.ts'), '');
		writeFileSync(join(root, 'src', 'lib', 'paraglide', 'messages.js'), '');
		writeFileSync(join(root, 'build', 'index.js'), '');
		writeFileSync(join(root, 'build', '.built-at'), '');
		touch(join(root, 'src', 'lib', 'a.ts'), 1_000);
		touch(join(root, 'src', 'lib', 'paraglide', 'messages.js'), 9_000);
		touch(join(root, 'src', 'lib', 'paraglide'), 1_000);
		touch(join(root, 'src', 'lib'), 1_000);
		touch(join(root, 'src'), 1_000);
		touch(join(root, 'build', '.built-at'), 2_000);
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	const sourcesAt = () => Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(root, input))));

	it('reads the stamp, and takes the newest source, skipping generated folders', () => {
		expect(builtAt(join(root, 'build'))).toBe(2_000_000);
		// paraglide's output (9,000 s) is generated, not a source.
		expect(sourcesAt()).toBe(1_000_000);
		expect(needsBuild(sourcesAt(), builtAt(join(root, 'build')))).toBe(false);
	});

	it('a source edited after the build makes it rebuild', () => {
		touch(join(root, 'src', 'lib', 'a.ts'), 3_000);
		expect(needsBuild(sourcesAt(), builtAt(join(root, 'build')))).toBe(true);
	});

	it('a missing stamp or a missing built server counts as no build', () => {
		rmSync(join(root, 'build', 'index.js'));
		expect(builtAt(join(root, 'build'))).toBe(0);
		expect(needsBuild(sourcesAt(), builtAt(join(root, 'build')))).toBe(true);
		rmSync(join(root, 'build'), { recursive: true });
		expect(builtAt(join(root, 'build'))).toBe(0);
		expect(needsBuild(sourcesAt(), 0)).toBe(true);
	});
});
