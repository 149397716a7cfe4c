import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSketchModel, sketchModelList, sketchModelText } from './sketch-models';
import { sharedDataDir } from '../doodle/testing/shared-data';

const dir = sharedDataDir();

describe.runIf(dir)('sketch-rnn models from a folder or a URL', () => {
	const models = dir ? join(dir, 'sketch-rnn') : '';
	let server: Server;
	let baseUrl = '';
	const broken = mkdtempSync(join(tmpdir(), 'sketch-'));
	beforeAll(async () => {
		// Magenta's model bucket, played by a local server with the shared files.
		server = createServer((request, response) => {
			const name = request.url!.slice(1);
			try {
				const body = readFileSync(join(models, name));
				response.writeHead(200, { 'content-type': 'application/json' }).end(body);
			} catch {
				response.writeHead(404).end();
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = server.address();
		baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
		const sheep = readFileSync(join(models, 'sheep.gen.json'), 'utf8');
		writeFileSync(join(broken, 'half.gen.json'), sheep.slice(0, sheep.length / 2));
		const json = JSON.parse(sheep) as [unknown, unknown, string[]];
		json[2][3] = json[2][3]!.slice(0, 1000);
		writeFileSync(join(broken, 'short.gen.json'), JSON.stringify(json));
	});
	afterAll(() => {
		server.close();
		rmSync(broken, { recursive: true, force: true });
	});

	it('loads a model from the folder, or from the URL when the folder does not have it', async () => {
		const local = await loadSketchModel({ dir: models, baseUrl: null }, 'pig');
		expect(local.ok && [local.from, local.model.info.name, local.model.hidden]).toEqual([
			'folder',
			'pig',
			512
		]);
		const remote = await loadSketchModel({ dir: broken, baseUrl }, 'cat');
		expect(remote.ok && [remote.from, remote.model.info.maxSeqLen]).toEqual(['url', 130]);
	});

	it('says clearly when a model is missing, truncated, damaged or wrongly named', async () => {
		const source = { dir: broken, baseUrl };
		expect(await loadSketchModel(source, 'unicorn')).toEqual({
			ok: false,
			status: 404,
			message: 'There is no sketch-rnn model “unicorn”.'
		});
		expect(await loadSketchModel({ dir: null, baseUrl: null }, 'pig')).toMatchObject({
			ok: false,
			status: 404
		});
		expect(await loadSketchModel(source, 'half')).toMatchObject({
			ok: false,
			message: 'The model “half” is not valid JSON: the file is truncated or damaged.'
		});
		expect(await loadSketchModel(source, 'short')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^The model “short”: .*truncated or damaged/)
		});
		expect(await loadSketchModel(source, '../pig')).toMatchObject({ ok: false, status: 400 });
		const down = await loadSketchModel(
			{ dir: null, baseUrl, fetch: () => Promise.reject(new Error('offline')) },
			'pig'
		);
		expect(down).toEqual({
			ok: false,
			status: 502,
			message: 'The model “pig” could not be downloaded.'
		});
	});

	it('lists the project’s cow model always, and Magenta’s animals the server can reach', () => {
		expect(sketchModelList({ dir: null, baseUrl: null })).toEqual([
			{ name: 'cow', url: '/sketch-rnn/cow.gen.json', by: 'project' }
		]);
		const fromFolder = sketchModelList({ dir: models, baseUrl: null }).map((entry) => entry.name);
		expect(fromFolder).toEqual(['cow', 'pig', 'sheep', 'dog', 'cat', 'rabbit', 'duck']);
		expect(sketchModelList({ dir: broken, baseUrl: null })).toHaveLength(1);
		const fromUrl = sketchModelList({ dir: null, baseUrl });
		expect(fromUrl.at(-1)).toEqual({ name: 'duck', url: '/api/sketch-models/duck', by: 'magenta' });
	});

	it('serves a model’s file only once it has checked it, and keeps it for the next tablet', async () => {
		let downloads = 0;
		const counting = {
			dir: null,
			baseUrl,
			fetch: (url: string | URL | Request) => {
				downloads++;
				return fetch(url);
			}
		};
		const first = await sketchModelText(counting, 'sheep');
		expect(first.ok && JSON.parse(first.text)[0].name).toBe('sheep');
		const again = await sketchModelText(counting, 'sheep');
		expect(again).toEqual(first);
		expect(downloads).toBe(1);
		const sheep = readFileSync(join(models, 'sheep.gen.json'), 'utf8');
		writeFileSync(join(broken, 'dog.gen.json'), sheep.slice(0, 1000));
		expect(await sketchModelText({ dir: broken, baseUrl: null }, 'dog')).toMatchObject({
			ok: false,
			status: 502
		});
		// Only the animals the page lists: anything else is never fetched nor kept.
		expect(await sketchModelText(counting, 'the_mona_lisa')).toMatchObject({
			ok: false,
			status: 404
		});
		expect(downloads).toBe(1);
	});
});

describe('sketch-rnn model sources that misbehave', () => {
	const dir = mkdtempSync(join(tmpdir(), 'sketch-bad-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('answers 502, not a crash, for a model file it cannot read, and does not list it', async () => {
		mkdirSync(join(dir, 'pig.gen.json'));
		writeFileSync(join(dir, 'sheep.gen.json'), '[{"max_seq_len": 10, "scale_factor": 1}, 1, 2]');
		expect(sketchModelList({ dir, baseUrl: null }).map((entry) => entry.name)).toEqual([
			'cow',
			'sheep'
		]);
		const source = {
			dir,
			baseUrl: 'http://127.0.0.1:9/models/',
			fetch: () => Promise.reject(new Error('refused'))
		};
		expect(await sketchModelText(source, 'pig')).toMatchObject({ ok: false, status: 502 });
		expect(await sketchModelText(source, 'sheep')).toMatchObject({
			ok: false,
			status: 502,
			message: expect.stringMatching(/Unknown model layout/)
		});
		expect(await sketchModelText(source, 'Pig..')).toMatchObject({ ok: false, status: 400 });
	});

	it('reads the base URL as a folder, with or without its last slash, and gives up on a slow server', async () => {
		const asked: string[] = [];
		const notThere = (url: string | URL | Request) => {
			asked.push(String(url));
			return Promise.resolve(new Response('', { status: 404 }));
		};
		for (const baseUrl of [
			'https://models.example/sketchRNN/models',
			'https://models.example/sketchRNN/models/'
		])
			expect(await loadSketchModel({ dir: null, baseUrl, fetch: notThere }, 'duck')).toMatchObject({
				status: 404
			});
		expect(asked).toEqual([
			'https://models.example/sketchRNN/models/duck.gen.json',
			'https://models.example/sketchRNN/models/duck.gen.json'
		]);
		const slow = () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError'));
		expect(
			await sketchModelText(
				{ dir: null, baseUrl: 'https://models.example/', fetch: slow },
				'rabbit'
			)
		).toEqual({
			ok: false,
			status: 504,
			message: 'The model “rabbit” took too long to download.'
		});
	});
});
