import { createServer, type Server } from 'node:http';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCategory, parseSpotLabels } from './doodle-data';
import { sharedDataDir } from '../doodle/testing/shared-data';
import { REAL_PER_ANIMAL, loadRealDoodles } from './quickdraw-set';

const dir = sharedDataDir();

describe.runIf(dir)('real Quick, Draw! data', () => {
	let server: Server;
	let baseUrl = '';
	let bytesSent = 0;
	beforeAll(async () => {
		// The dataset's download URL, played by a local server that serves the shared files slowly.
		server = createServer((request, response) => {
			// The pig file with 100 raw drawings (540 kB) plays the dataset's full pig file.
			const word = request.url!.slice(1).replace('.ndjson', '');
			const file = word === 'pig' ? 'pig-random100' : word;
			const path = join(dir!, 'quickdraw', 'raw-ndjson', `${file}.ndjson`);
			try {
				readFileSync(path);
			} catch {
				response.writeHead(404).end();
				return;
			}
			response.writeHead(200, { 'content-type': 'application/x-ndjson' });
			const stream = createReadStream(path, { highWaterMark: 4096 });
			stream.on('data', (chunk) => (bytesSent += chunk.length));
			stream.pipe(response);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = server.address() as { port: number };
		baseUrl = `http://127.0.0.1:${address.port}/`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('reads the first N drawings of a category from a folder, in either file form', async () => {
		const folder = join(dir!, 'quickdraw');
		const ndjson = await loadCategory(
			{ dir: join(folder, 'simplified-25-ndjson'), baseUrl: null },
			'cow',
			10
		);
		expect(ndjson).toMatchObject({ from: 'folder', skipped: 0 });
		expect(ndjson!.drawings).toHaveLength(10);
		expect(ndjson!.drawings[0]!.keyId).toBe('5347693347995648');
		const json = await loadCategory(
			{ dir: join(folder, 'simplified-5k-json'), baseUrl: null },
			'horse',
			300
		);
		expect(json!.drawings).toHaveLength(300);
		expect(await loadCategory({ dir: folder, baseUrl: null }, 'cow', 5)).toBeNull();
	});

	it('streams from the URL and stops reading once it has enough', async () => {
		bytesSent = 0;
		const loaded = await loadCategory({ dir: null, baseUrl }, 'pig', 5);
		expect(loaded).toMatchObject({ from: 'url', skipped: 0 });
		expect(loaded!.drawings).toHaveLength(5);
		expect(loaded!.drawings.every((d) => d.drawing.flat(2).every((v) => v >= 0 && v <= 255))).toBe(
			true
		);
		// The file is 540 kB; five raw drawings are about 27 kB.
		expect(bytesSent).toBeLessThan(200_000);
		expect(await loadCategory({ dir: null, baseUrl }, 'unicorn', 5)).toBeNull();
		await expect(loadCategory({ dir: null, baseUrl }, '../etc/passwd', 5)).rejects.toThrow();
	});

	it('reads the human spot labels for real cows', () => {
		const labels = parseSpotLabels(
			readFileSync(join(dir!, 'labels', 'cow-spots-0-239.jsonl'), 'utf8')
		);
		expect(labels.size).toBe(240);
		const counts = { spotted: 0, plain: 0, unsure: 0 };
		for (const label of labels.values()) counts[label]++;
		expect(counts).toEqual({ spotted: 128, plain: 95, unsure: 17 });
		expect(
			parseSpotLabels('{"index":1,"label":"spotted"}\nbroken\n{"index":-1,"label":"plain"}')
		).toEqual(new Map([[1, 'spotted']]));
	});
});

describe.runIf(dir)('the real drawings the lab offers', () => {
	it('loads the labelled cows (spotted or plain) and the first 300 of each other animal', async () => {
		const labels = readFileSync(join(dir!, 'labels', 'cow-spots-0-239.jsonl'), 'utf8');
		const source = { dir: join(dir!, 'quickdraw', 'simplified-5k-json'), baseUrl: null };
		const items = (await loadRealDoodles(source, labels))!;
		const count = (animal: string, subgroup: string | null) =>
			items.filter((item) => item.animal === animal && item.subgroup === subgroup).length;
		expect([count('cow', 'spotted'), count('cow', 'plain'), count('cow', null)]).toEqual([
			128, 95, 0
		]);
		expect([count('horse', null), count('pig', null), count('sheep', null)]).toEqual([
			REAL_PER_ANIMAL,
			REAL_PER_ANIMAL,
			REAL_PER_ANIMAL
		]);
		expect(items[0]).toMatchObject({ key: 'quickdraw:cow:0', subgroup: 'spotted' });
		expect(await loadRealDoodles({ dir: null, baseUrl: null }, labels)).toBeNull();
		const unlabelled = (await loadRealDoodles(source, null))!;
		const cows = unlabelled.filter((item) => item.animal === 'cow');
		expect(cows).toHaveLength(REAL_PER_ANIMAL);
		// Cows 240-479 are the project's untouched evaluation set: never offered, even unlabelled.
		const positions = cows.map((item) => Number(item.key.split(':')[2]));
		expect(positions.some((p) => p >= 240 && p <= 479)).toBe(false);
		expect(positions.at(-1)).toBe(REAL_PER_ANIMAL + 240 - 1);
		// A labels file that names them is not followed either.
		const named = (await loadRealDoodles(source, '{"index":300,"label":"plain"}\n'))!;
		expect(named.some((item) => item.key === 'quickdraw:cow:300')).toBe(false);
		expect(named.every((item) => item.subgroup === null)).toBe(true);
	});
});
