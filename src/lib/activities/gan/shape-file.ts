/**
 * A drawn shape saved as a small JSON file, so a student can keep it or share it with a
 * classmate. Reading one checks its size before reading it and its form before using it; what
 * the strokes hold is checked again by the GAN (`drawnPoints`).
 */
export const SHAPE_FILE_LIMIT = 256 * 1024;
const TYPE = 'dayofai-gan-shape';

export function shapeFile(strokes: { x: number[]; y: number[] }[]): Blob {
	return new Blob([JSON.stringify({ type: TYPE, version: 1, strokes })], {
		type: 'application/json'
	});
}

export type ShapeFileResult =
	{ ok: true; strokes: unknown } | { ok: false; problem: 'size' | 'unreadable' };

export async function readShapeFile(file: Blob): Promise<ShapeFileResult> {
	if (file.size > SHAPE_FILE_LIMIT) return { ok: false, problem: 'size' };
	try {
		const data: unknown = JSON.parse(await file.text());
		if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== TYPE)
			return { ok: false, problem: 'unreadable' };
		return { ok: true, strokes: (data as { strokes?: unknown }).strokes };
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
}
