import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseQuickDraw, parseRecord, type QuickDrawDrawing } from '../doodle/quickdraw';

/** Where real drawings come from: a local folder first, then (if configured) the dataset's URL. */
export interface DoodleSource {
	dir: string | null;
	baseUrl: string | null;
	fetch?: typeof fetch;
}

export interface LoadedCategory {
	drawings: QuickDrawDrawing[];
	skipped: number;
	from: 'folder' | 'url';
}

/** Category names as the dataset spells them: "cow", "t-shirt", "the eiffel tower". */
const WORD = /^[a-z][a-z -]{0,40}$/;

/** The file names a category may have in a folder, in the order they are tried. */
export function categoryFiles(word: string): string[] {
	return [`${word}.ndjson`, `full_simplified_${word}.ndjson`, `${word}.json`];
}

/**
 * The first `limit` drawings of one category, or null when neither source has it. A URL is read
 * as a stream and left as soon as there are enough drawings (the full files are hundreds of MB).
 */
export async function loadCategory(
	source: DoodleSource,
	word: string,
	limit: number
): Promise<LoadedCategory | null> {
	if (!WORD.test(word)) throw new Error(`Not a Quick, Draw! category: ${JSON.stringify(word)}`);
	if (source.dir) {
		for (const file of categoryFiles(word)) {
			const path = join(source.dir, file);
			if (!existsSync(path)) continue;
			const parsed = parseQuickDraw(await readFile(path, 'utf8'), word, limit);
			return { ...parsed, from: 'folder' };
		}
	}
	if (source.baseUrl) return streamCategory(source, word, limit);
	return null;
}

async function streamCategory(
	source: DoodleSource,
	word: string,
	limit: number
): Promise<LoadedCategory | null> {
	const url = new URL(`${encodeURIComponent(word)}.ndjson`, source.baseUrl!);
	const controller = new AbortController();
	const response = await (source.fetch ?? fetch)(url, { signal: controller.signal });
	if (response.status === 404) return null;
	if (!response.ok || !response.body)
		throw new Error(`Quick, Draw! download failed: ${response.status} ${url}`);
	const drawings: QuickDrawDrawing[] = [];
	let skipped = 0;
	let pending = '';
	const decoder = new TextDecoder();
	const reader = response.body.getReader();
	const take = (line: string) => {
		if (!line.trim()) return;
		const record = parseRecord(line, word);
		if (record) drawings.push(record);
		else skipped++;
	};
	try {
		while (drawings.length < limit) {
			const { done, value } = await reader.read();
			if (done) break;
			pending += decoder.decode(value, { stream: true });
			const lines = pending.split('\n');
			pending = lines.pop()!;
			for (const line of lines) {
				if (drawings.length >= limit) break;
				take(line);
			}
		}
		if (drawings.length < limit) take(pending + decoder.decode());
	} finally {
		controller.abort();
		await reader.cancel().catch(() => {});
	}
	return { drawings: drawings.slice(0, limit), skipped, from: 'url' };
}

export type SpotLabel = 'spotted' | 'plain' | 'unsure';

/** Spot labels for real cows: JSON lines of `{"index": n, "label": "spotted" | "plain" | "unsure"}`. */
export function parseSpotLabels(text: string): Map<number, SpotLabel> {
	const labels = new Map<number, SpotLabel>();
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		try {
			const { index, label } = JSON.parse(line) as { index?: unknown; label?: unknown };
			if (
				Number.isInteger(index) &&
				(index as number) >= 0 &&
				(label === 'spotted' || label === 'plain' || label === 'unsure')
			)
				labels.set(index as number, label);
		} catch {
			// A broken line is skipped; the rest still count.
		}
	}
	return labels;
}
