import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSketchModel, SketchModelError, type SketchModel } from '../sketch/model-file';

export interface SketchModelSource {
	dir: string | null;
	baseUrl: string | null;
	fetch?: typeof fetch;
}

export type LoadedSketchModel =
	| { ok: true; model: SketchModel; from: 'folder' | 'url' }
	| { ok: false; status: 400 | 404 | 502; message: string };

/** Model names as Magenta spells them: "pig", "catpig", "the_mona_lisa". */
const NAME = /^[a-z][a-z_]{0,40}$/;

/**
 * One sketch-rnn model by name: from the folder first, then (if configured) the base URL. A model
 * that is missing, not JSON, truncated or of another layout gives a message that says so.
 */
export async function loadSketchModel(
	source: SketchModelSource,
	name: string
): Promise<LoadedSketchModel> {
	if (!NAME.test(name))
		return { ok: false, status: 400, message: `“${name}” is not a sketch-rnn model name.` };
	let text: string | null = null;
	let from: 'folder' | 'url' = 'folder';
	const path = source.dir ? join(source.dir, `${name}.gen.json`) : null;
	if (path && existsSync(path)) text = await readFile(path, 'utf8');
	else if (source.baseUrl) {
		from = 'url';
		const url = new URL(`${name}.gen.json`, source.baseUrl);
		let response: Response;
		try {
			response = await (source.fetch ?? fetch)(url);
		} catch {
			return { ok: false, status: 502, message: `The model “${name}” could not be downloaded.` };
		}
		if (response.status === 404)
			return { ok: false, status: 404, message: `There is no sketch-rnn model “${name}”.` };
		if (!response.ok)
			return {
				ok: false,
				status: 502,
				message: `The model “${name}” could not be downloaded (${response.status}).`
			};
		text = await response.text();
	}
	if (text === null)
		return { ok: false, status: 404, message: `There is no sketch-rnn model “${name}”.` };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {
			ok: false,
			status: 502,
			message: `The model “${name}” is not valid JSON: the file is truncated or damaged.`
		};
	}
	try {
		return { ok: true, model: parseSketchModel(json), from };
	} catch (error) {
		if (error instanceof SketchModelError)
			return { ok: false, status: 502, message: `The model “${name}”: ${error.message}` };
		throw error;
	}
}
