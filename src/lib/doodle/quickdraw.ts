import { simplifyDrawing, type SimplifiedDrawing } from './strokes';

/** One drawing from the Quick, Draw! dataset (or in its format), in the simplified form. */
export interface QuickDrawDrawing {
	word: string;
	drawing: SimplifiedDrawing;
	keyId?: string;
	countryCode?: string;
	recognized?: boolean;
}

export interface ParsedDrawings {
	drawings: QuickDrawDrawing[];
	/** Lines or items that were not a drawing (bad JSON, bad strokes): skipped, and counted. */
	skipped: number;
}

function isNumberArray(value: unknown): value is number[] {
	return Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/**
 * A drawing in any of the dataset's stroke forms, as simplified strokes: simplified strokes
 * (`[x[], y[]]`, 0-255) are kept; raw strokes (`[x[], y[], t[]]` in device pixels) are simplified
 * the way the dataset does it. Anything else is null.
 */
export function toSimplified(strokes: unknown): SimplifiedDrawing | null {
	if (!Array.isArray(strokes) || strokes.length === 0 || strokes.length > 200) return null;
	let raw = false;
	for (const stroke of strokes) {
		if (!Array.isArray(stroke) || stroke.length < 2 || stroke.length > 3) return null;
		const [x, y, t] = stroke as unknown[];
		if (!isNumberArray(x) || !isNumberArray(y) || x.length !== y.length || x.length === 0)
			return null;
		if (x.length > 5000) return null;
		if (t !== undefined) raw = true;
		if (x.some((v) => v < 0 || v > 255 || !Number.isInteger(v))) raw = true;
		if (y.some((v) => v < 0 || v > 255 || !Number.isInteger(v))) raw = true;
	}
	const typed = strokes as number[][][];
	if (raw) return simplifyDrawing(typed.map(([x, y]) => ({ x: x!, y: y! })));
	return typed.map(([x, y]) => [x!, y!]);
}

/**
 * Reads the dataset's files: the official ndjson (one `{"word", "drawing", ...}` per line,
 * simplified or raw) or a plain JSON array of drawings. Keeps the first `limit` good drawings.
 */
export function parseQuickDraw(text: string, word: string, limit = Infinity): ParsedDrawings {
	const drawings: QuickDrawDrawing[] = [];
	let skipped = 0;
	const trimmed = text.trimStart();
	if (trimmed.startsWith('[')) {
		let items: unknown;
		try {
			items = JSON.parse(trimmed);
		} catch {
			return { drawings, skipped: 1 };
		}
		if (!Array.isArray(items)) return { drawings, skipped: 1 };
		for (const item of items) {
			if (drawings.length >= limit) break;
			const drawing = toSimplified(item);
			if (drawing) drawings.push({ word, drawing });
			else skipped++;
		}
		return { drawings, skipped };
	}
	for (const line of trimmed.split('\n')) {
		if (drawings.length >= limit) break;
		if (!line.trim()) continue;
		const record = parseRecord(line, word);
		if (record) drawings.push(record);
		else skipped++;
	}
	return { drawings, skipped };
}

/** One ndjson line; null if it is not a drawing of this word. */
export function parseRecord(line: string, word: string): QuickDrawDrawing | null {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const record = value as Record<string, unknown>;
	if (typeof record.word === 'string' && record.word !== word) return null;
	const drawing = toSimplified(record.drawing);
	if (!drawing) return null;
	return {
		word,
		drawing,
		keyId: typeof record.key_id === 'string' ? record.key_id : undefined,
		countryCode: typeof record.countrycode === 'string' ? record.countrycode : undefined,
		recognized: typeof record.recognized === 'boolean' ? record.recognized : undefined
	};
}
