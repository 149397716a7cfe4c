import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSketchModel, SketchModelError, type SketchModel } from '../sketch/model-file';

export interface SketchModelSource {
	dir: string | null;
	baseUrl: string | null;
	fetch?: typeof fetch;
}

type Failure = { ok: false; status: 400 | 404 | 502 | 504; message: string };

/** Magenta's models are about 3 MB; anything much larger is not one. */
const MAX_MODEL_BYTES = 20 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 15_000;

const isFile = (path: string) => {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
};

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
		(name) => source.baseUrl || (source.dir && isFile(join(source.dir, `${name}.gen.json`)))
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
		const message = error instanceof SketchModelError ? error.message : 'it could not be read.';
		return { ok: false, status: 502, message: `The model “${name}”: ${message}` };
	}
}

const checked = new Map<string, Promise<{ ok: true; text: string } | Failure>>();

/**
 * One of Magenta's animals (MAGENTA_ANIMALS) as text, for the page: checked once (parsed in full),
 * then kept in memory, so a class of tablets asking for the same model at once costs one read.
 * Other names get 404: the public endpoint never fetches or keeps anything else.
 */
export function sketchModelText(
	source: SketchModelSource,
	name: string
): Promise<{ ok: true; text: string } | Failure> {
	if (!(MAGENTA_ANIMALS as readonly string[]).includes(name))
		return Promise.resolve(
			NAME.test(name)
				? { ok: false, status: 404, message: `This server offers no sketch-rnn model “${name}”.` }
				: { ok: false, status: 400, message: `“${name}” is not a sketch-rnn model name.` }
		);
	const key = `${source.dir ?? ''}|${source.baseUrl ?? ''}|${name}`;
	let pending = checked.get(key);
	if (!pending) {
		pending = readModel(source, name).then((found) => {
			if (!found.ok) return found;
			const loaded = parse(name, found.json, found.from);
			return loaded.ok ? { ok: true as const, text: found.text } : loaded;
		});
		checked.set(key, pending);
		// Failures are not kept: the file may be fixed, or the network come back.
		void pending.then((result) => {
			if (!result.ok) checked.delete(key);
		});
	}
	return pending;
}

/** The base URL as a folder, so `…/models` and `…/models/` both mean the folder. */
const folderUrl = (base: string) => (base.endsWith('/') ? base : `${base}/`);

async function readModel(
	source: SketchModelSource,
	name: string
): Promise<{ ok: true; text: string; json: unknown; from: 'folder' | 'url' } | Failure> {
	if (!NAME.test(name))
		return { ok: false, status: 400, message: `“${name}” is not a sketch-rnn model name.` };
	let text: string | null = null;
	let from: 'folder' | 'url' = 'folder';
	const path = source.dir ? join(source.dir, `${name}.gen.json`) : null;
	if (path && isFile(path)) {
		try {
			if (statSync(path).size > MAX_MODEL_BYTES)
				return { ok: false, status: 502, message: `The model “${name}” is too large to be one.` };
			text = await readFile(path, 'utf8');
		} catch {
			return { ok: false, status: 502, message: `The model “${name}” could not be read.` };
		}
	} else if (source.baseUrl) {
		from = 'url';
		const url = new URL(`${name}.gen.json`, folderUrl(source.baseUrl));
		let response: Response;
		try {
			response = await (source.fetch ?? fetch)(url, {
				signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)
			});
		} catch (error) {
			if (error instanceof DOMException && error.name === 'TimeoutError')
				return {
					ok: false,
					status: 504,
					message: `The model “${name}” took too long to download.`
				};
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
		if (Number(response.headers.get('content-length') ?? 0) > MAX_MODEL_BYTES)
			return { ok: false, status: 502, message: `The model “${name}” is too large to be one.` };
		try {
			text = await response.text();
		} catch {
			return { ok: false, status: 502, message: `The model “${name}” could not be downloaded.` };
		}
		if (text.length > MAX_MODEL_BYTES)
			return { ok: false, status: 502, message: `The model “${name}” is too large to be one.` };
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
