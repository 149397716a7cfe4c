import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** A home, user or workplace folder of some machine: data is found through ../shared instead. */
const MACHINE_PATH = /(^|[^.\w])\/(work|root|home\/[a-z][\w-]*|Users\/[A-Za-z][\w-]*)\//;

describe('the repository is portable', () => {
	it('names no absolute path of a machine in any tracked file', () => {
		const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
			.split('\0')
			.filter((file) => file && !file.endsWith('.png') && file !== 'package-lock.json');
		expect(files.length).toBeGreaterThan(100);
		const found = files.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, i) => (MACHINE_PATH.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
		);
		expect(found).toEqual([]);
	});

	it('recognises such paths', () => {
		// Put together here, so that this file does not itself hold such a path.
		const machinePaths = [
			['"', 'work', 'shared', 'data"'],
			[' ', 'root', '.cache', 'x'],
			['', 'home', 'ana', 'app'],
			['', 'Users', 'Ana', 'x']
		].map((parts) => parts.join('/'));
		for (const path of machinePaths) expect(path, path).toMatch(MACHINE_PATH);
		for (const path of ['../shared/data', 'static/sketch-rnn/cow.gen.json', 'https://x.org/work/a'])
			expect(path, path).not.toMatch(MACHINE_PATH);
	});
});
