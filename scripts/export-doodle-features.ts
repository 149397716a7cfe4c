/**
 * `npm run doodles:features`: writes the lab's feature extractor, static/doodles/features-v1.bin,
 * from one that bench/research/pretrain-cnn.research.ts learned (default: the recorded
 * bench/research/results/nocow6.json, measured in bench/README.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeExtractor, type FeatureExtractor } from '../src/lib/doodle/features';

export const EXTRACTOR_FILE = 'static/doodles/features-v1.bin';

export function extractorFromResearch(json: string): FeatureExtractor {
	const saved = JSON.parse(json) as {
		filters: [number, number, number];
		params: Record<string, { data: number[] }>;
	};
	const floats = (key: string) => Float32Array.from(saved.params[key]!.data);
	return {
		filters: saved.filters,
		kernels: [floats('w1'), floats('w2'), floats('w3')],
		biases: [floats('b1'), floats('b2'), floats('b3')]
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = join(fileURLToPath(import.meta.url), '..', '..');
	const source = process.argv[2] ?? join(root, 'bench/research/results/nocow6.json');
	const bytes = encodeExtractor(extractorFromResearch(readFileSync(source, 'utf8')));
	writeFileSync(join(root, EXTRACTOR_FILE), bytes);
	console.log(`${EXTRACTOR_FILE}: ${bytes.length} bytes`);
}
