import { describe, expect, it } from 'vitest';
import { SHAPE_FILE_LIMIT, readShapeFile, shapeFile } from './shape-file';

describe('shape files', () => {
	it('reads back the strokes it saved', async () => {
		const strokes = [{ x: [0, 10, 20], y: [5, 0, 5] }];
		expect(await readShapeFile(shapeFile(strokes))).toEqual({ ok: true, strokes });
	});

	it('refuses a file too big before reading it, and one that is not a shape file', async () => {
		const huge = new Blob(['x'.repeat(SHAPE_FILE_LIMIT + 1)]);
		expect(await readShapeFile(huge)).toEqual({ ok: false, problem: 'size' });
		for (const text of ['{not json', '[]', 'null', '{"strokes": []}', '{"type": "other"}'])
			expect(await readShapeFile(new Blob([text]))).toEqual({ ok: false, problem: 'unreadable' });
	});
});
