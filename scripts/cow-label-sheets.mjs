// Contact sheets for labelling cow drawings by eye (see datasets/cow-spots/README.md):
//   node scripts/cow-label-sheets.mjs START END [OUT_DIR]
// draws the cows at positions START..END-1 of simplified-5k-json/cow.json, 40 to a sheet, each
// cell numbered with its position, into OUT_DIR (default test-results/cow-sheets). Exact copies
// of an earlier drawing are skipped and listed; positions 240-479 are never drawn.
//   node scripts/cow-label-sheets.mjs --one I [I ...]
// draws the given positions large (480 px), three to a row, for a second look.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const HELD_OUT = { from: 240, to: 480 };
const dataDir =
	process.env.QUICKDRAW_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'quickdraw');
const cows = JSON.parse(readFileSync(join(dataDir, 'simplified-5k-json', 'cow.json'), 'utf8'));

const firstCopy = new Map();
const duplicateOf = new Map();
cows.forEach((drawing, index) => {
	const key = JSON.stringify(drawing);
	if (firstCopy.has(key)) duplicateOf.set(index, firstCopy.get(key));
	else firstCopy.set(key, index);
});

const svg = (drawing, size) =>
	`<svg viewBox="-8 -8 272 272" width="${size}" height="${size}">${drawing
		.map(
			([xs, ys]) =>
				`<polyline fill="none" stroke="black" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" points="${xs.map((x, i) => `${x},${ys[i]}`).join(' ')}"/>`
		)
		.join('')}</svg>`;

const sheet = (positions, columns, cell) =>
	`<body style="margin:0;font:bold 18px sans-serif;display:grid;grid-template-columns:repeat(${columns},${cell + 4}px);gap:2px;background:#888;width:max-content">${positions
		.map(
			(i) =>
				`<div style="background:white;position:relative"><span style="position:absolute;left:3px;top:1px;color:#c00">${i}</span>${svg(cows[i], cell)}</div>`
		)
		.join('')}</body>`;

const isHeldOut = (i) => i >= HELD_OUT.from && i < HELD_OUT.to;
const args = process.argv.slice(2);
const one = args[0] === '--one';
const outDir = one ? 'test-results/cow-sheets' : (args[2] ?? 'test-results/cow-sheets');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium'
});
const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
const shoot = async (positions, columns, cell, name) => {
	await page.setContent(sheet(positions, columns, cell));
	const file = join(outDir, name);
	await page.locator('body').screenshot({ path: file });
	console.log(file, positions.length);
};

if (one) {
	// A copy of an earlier drawing is never drawn: it may be a copy of a held-out one.
	const positions = args
		.slice(1)
		.map(Number)
		.filter((i) => !isHeldOut(i) && !duplicateOf.has(i) && i >= 0 && i < cows.length);
	await shoot(positions, 3, 480, `cows-large-${positions[0]}.png`);
} else {
	const [start, end] = args.map(Number);
	const skipped = [];
	for (let from = start; from < end; from += 40) {
		const positions = [];
		for (let i = from; i < Math.min(end, from + 40); i++) {
			if (isHeldOut(i)) continue;
			if (duplicateOf.has(i)) skipped.push(`${i} (copy of ${duplicateOf.get(i)})`);
			else positions.push(i);
		}
		if (positions.length)
			await shoot(positions, 8, 190, `cows-${String(from).padStart(4, '0')}.png`);
	}
	console.log('exact duplicates, not drawn:', skipped.join(', ') || 'none');
}
await browser.close();
