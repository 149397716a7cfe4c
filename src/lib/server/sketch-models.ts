import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSketchModel, SketchModelError, type SketchModel } from '../sketch/model-file';

export interface SketchModelSource {
	dir: string | null;
	baseUrl: string | null;
	fetch?: typeof fetch;
}

type Failure = { ok: false; status: 400 | 404 | 502; message: string };

export type LoadedSketchModel = { ok: true; model: SketchModel; from: 'folder' | 'url' } | Failure;

/** Magenta's animal models that "The AI draws" offers, when this server can reach them. */
export const MAGENTA_ANIMALS = ['pig', 'sheep', 'dog', 'cat', 'rabbit', 'duck'] as const;

export interface SketchModelEntry {
	name: string;
	/** Where the page downloads the `.gen.json` from. */
	url: string;
	/** "project": trained by this project's script on its own cows; "magenta": Google's. */
	by: 'project' | 'magenta';
}

/** The project's own cow model ships in `static/`, so it works offline on a fresh install. */
export const PROJECT_MODELS: SketchModelEntry[] = [
	{ name: 'cow', url: '/sketch-rnn/cow.gen.json', by: 'project' }
];

/** The models a page can ask for: the project's, then Magenta's animals in the folder or at the URL. */
export function sketchModelList(source: SketchModelSource): SketchModelEntry[] {
	const magenta = MAGENTA_ANIMALS.filter(
		(name) => source.baseUrl || (source.dir && existsSync(join(source.dir, `${name}.gen.json`)))
	);
	return [
		...PROJECT_MODELS,
		...magenta.map((name) => ({
			name,
			url: `/api/sketch-models/${name}`,
			by: 'magenta' as const
		}))
	];
}

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
	const found = await readModel(source, name);
	return found.ok ? parse(name, found.json, found.from) : found;
}

function parse(name: string, json: unknown, from: 'folder' | 'url'): LoadedSketchModel {
	try {
		return { ok: true, model: parseSketchModel(json), from };
	} catch (error) {
		if (error instanceof SketchModelError)
			return { ok: false, status: 502, message: `The model “${name}”: ${error.message}` };
		throw error;
	}
}

const checked = new Map<string, string>();

/**
 * A model's file as text, for the page: checked once (parsed in full), then kept in memory, so a
 * class of tablets asking for the same model costs one read.
 */
export async function sketchModelText(
	source: SketchModelSource,
	name: string
): Promise<{ ok: true; text: string } | Failure> {
	const key = `${source.dir ?? ''}|${source.baseUrl ?? ''}|${name}`;
	const cached = checked.get(key);
	if (cached) return { ok: true, text: cached };
	const found = await readModel(source, name);
	if (!found.ok) return found;
	const loaded = parse(name, found.json, found.from);
	if (!loaded.ok) return loaded;
	checked.set(key, found.text);
	return { ok: true, text: found.text };
}

async function readModel(
	source: SketchModelSource,
	name: string
): Promise<{ ok: true; text: string; json: unknown; from: 'folder' | 'url' } | Failure> {
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
	return { ok: true, text, json, from };
}
