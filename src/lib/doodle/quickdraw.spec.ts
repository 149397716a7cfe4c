import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuickDraw, toSimplified } from './quickdraw';
import { sharedDataDir } from './testing/shared-data';

describe('reading Quick, Draw! files', () => {
	it('reads ndjson lines, keeps the first N, skips broken lines and other words', () => {
		const text = [
			'{"word":"cow","countrycode":"KE","recognized":true,"key_id":"1","drawing":[[[0,10],[0,20]]]}',
			'not json',
			'{"word":"pig","drawing":[[[0,10],[0,20]]]}',
			'{"word":"cow","drawing":[[[0,10],[0]]]}',
			'',
			'{"word":"cow","key_id":"2","drawing":[[[5,6],[7,8]]]}',
			'{"word":"cow","key_id":"3","drawing":[[[5,6],[7,8]]]}'
		].join('\n');
		const { drawings, skipped } = parseQuickDraw(text, 'cow', 2);
		expect(drawings.map((d) => d.keyId)).toEqual(['1', '2']);
		expect(drawings[0]).toMatchObject({ countryCode: 'KE', recognized: true });
		expect(drawings[0]!.drawing).toEqual([
			[
				[0, 10],
				[0, 20]
			]
		]);
		expect(skipped).toBe(3);
	});

	it('reads a JSON array of drawings, and simplifies raw strokes (with times, any scale)', () => {
		const { drawings } = parseQuickDraw('[[[[0,255],[0,0]]], [[[100,600],[50,50],[0,40]]]]', 'cow');
		expect(drawings).toHaveLength(2);
		expect(drawings[1]!.drawing).toEqual([
			[
				[0, 255],
				[0, 0]
			]
		]);
		expect(parseQuickDraw('[oops', 'cow')).toEqual({ drawings: [], skipped: 1 });
	});

	it('refuses what is not a drawing', () => {
		for (const bad of [null, [], 'x', [[1, 2]], [[[1], [1, 2]]], [[['a'], ['b']]], [[[], []]]])
			expect(toSimplified(bad), JSON.stringify(bad)).toBeNull();
	});

	const dir = sharedDataDir();
	it.runIf(dir)('reads the real files in all three forms', () => {
		const read = (file: string) => readFileSync(join(dir!, 'quickdraw', file), 'utf8');
		expect(parseQuickDraw(read('simplified-25-ndjson/cow.ndjson'), 'cow')).toMatchObject({
			skipped: 0
		});
		expect(parseQuickDraw(read('simplified-25-ndjson/cow.ndjson'), 'cow').drawings).toHaveLength(
			25
		);
		const raw = parseQuickDraw(read('raw-ndjson/cow.ndjson'), 'cow');
		expect(raw.drawings).toHaveLength(17);
		expect(raw.drawings.every((d) => d.drawing.flat(2).every((v) => v >= 0 && v <= 255))).toBe(
			true
		);
		const array = parseQuickDraw(read('simplified-5k-json/cow.json'), 'cow', 500);
		expect(array.drawings).toHaveLength(500);
		expect(array.skipped).toBe(0);
	});
});
