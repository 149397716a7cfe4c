import { between, jitter, seededRandom } from './random';
import { simplifyDrawing, type SimplifiedDrawing } from './strokes';

export const ANIMALS = ['cow', 'horse', 'pig', 'sheep'] as const;
export type Animal = (typeof ANIMALS)[number];
/** Cows come spotted or plain; the lesson is about that subgroup. */
export type Subgroup = 'spotted' | 'plain';

export interface GeneratedDoodle {
	animal: Animal;
	subgroup: Subgroup | null;
	drawing: SimplifiedDrawing;
}

type Point = { x: number; y: number };
type Random = () => number;

/** A line as a hand draws it: points every few units with a slow, smooth wobble. */
function handDrawn(points: Point[], random: Random, wobble: number, closed = false): Point[] {
	const path = closed ? [...points, points[0]!] : points;
	const out: Point[] = [];
	let drift = 0;
	let velocity = 0;
	for (let i = 0; i < path.length - 1; i++) {
		const a = path[i]!;
		const b = path[i + 1]!;
		const length = Math.hypot(b.x - a.x, b.y - a.y);
		const steps = Math.max(1, Math.round(length / 6));
		const nx = length ? -(b.y - a.y) / length : 0;
		const ny = length ? (b.x - a.x) / length : 0;
		for (let s = 0; s < steps; s++) {
			const f = s / steps;
			velocity = velocity * 0.7 + jitter(random, wobble * 0.5);
			drift = Math.max(-wobble * 2, Math.min(wobble * 2, drift * 0.85 + velocity));
			out.push({ x: a.x + (b.x - a.x) * f + nx * drift, y: a.y + (b.y - a.y) * f + ny * drift });
		}
	}
	const last = path[path.length - 1]!;
	out.push({ x: last.x + jitter(random, wobble * 0.3), y: last.y + jitter(random, wobble * 0.3) });
	return out;
}

/** Points on a superellipse: squareness 2 is an ellipse, 4 and up a rounded box. */
function blob(
	cx: number,
	cy: number,
	rx: number,
	ry: number,
	squareness: number,
	from = 0,
	to = Math.PI * 2,
	steps = 28
): Point[] {
	const out: Point[] = [];
	for (let i = 0; i <= steps; i++) {
		const a = from + ((to - from) * i) / steps;
		const c = Math.cos(a);
		const s = Math.sin(a);
		out.push({
			x: cx + rx * Math.sign(c) * Math.abs(c) ** (2 / squareness),
			y: cy + ry * Math.sign(s) * Math.abs(s) ** (2 / squareness)
		});
	}
	return out;
}

/** A wool-like outline: an ellipse made of small bumps. */
function fluffy(cx: number, cy: number, rx: number, ry: number, bumps: number, random: Random) {
	const out: Point[] = [];
	for (let b = 0; b < bumps; b++) {
		const a0 = (b / bumps) * Math.PI * 2;
		const a1 = ((b + 1) / bumps) * Math.PI * 2;
		for (let i = 0; i <= 5; i++) {
			const a = a0 + ((a1 - a0) * i) / 5;
			const bump = Math.sin((i / 5) * Math.PI) * between(random, 5, 9);
			out.push({ x: cx + (rx + bump) * Math.cos(a), y: cy + (ry + bump) * Math.sin(a) });
		}
	}
	return out;
}

interface Body {
	cx: number;
	cy: number;
	rx: number;
	ry: number;
}

function legs(body: Body, length: number, random: Random, spread = 0.7): Point[][] {
	const bottom = body.cy + body.ry * 0.85;
	const xs = [-spread, -spread + 0.18, spread - 0.18, spread].map((f) => body.cx + f * body.rx);
	return xs.map((x) => {
		const lean = jitter(random, 4);
		return [
			{ x, y: bottom },
			{ x: x + lean, y: bottom + length * between(random, 0.9, 1.1) }
		];
	});
}

/** Closed patches inside the body; some scribbled in, as children colour them. */
function spots(body: Body, random: Random): Point[][] {
	const count = Math.round(between(random, 3, 6));
	const out: Point[][] = [];
	for (let i = 0; i < count; i++) {
		const a = random() * Math.PI * 2;
		const r = Math.sqrt(random()) * 0.62;
		const cx = body.cx + Math.cos(a) * body.rx * r;
		const cy = body.cy + Math.sin(a) * body.ry * r * 0.8;
		const rx = between(random, 0.14, 0.24) * body.rx;
		const ry = between(random, 0.3, 0.5) * body.ry;
		const outline = blob(cx, cy, rx, ry, between(random, 1.6, 2.6), 0, Math.PI * 2, 14).map(
			(p) => ({ x: p.x + jitter(random, rx * 0.15), y: p.y + jitter(random, ry * 0.15) })
		);
		out.push(outline);
		if (random() < 0.7) {
			// Scribbled in: a zigzag across the patch.
			const zig: Point[] = [];
			for (let k = 0; k <= 5; k++)
				zig.push({ x: cx - rx * 0.8 + (1.6 * rx * k) / 5, y: cy + (k % 2 ? ry : -ry) * 0.7 });
			out.push(zig);
		}
	}
	return out;
}

interface QuadrupedShape {
	legLength: [number, number];
	/** Angle of the neck above the horizontal, in radians. */
	neckAngle: [number, number];
	neckLength: [number, number];
	squareness: [number, number];
	/** Chance of a mane on the neck (horses) or horns on the head (cows). */
	mane: number;
	horns: number;
}

/**
 * Cows and horses share one body plan, as children draw them: a body, a neck and head, four
 * legs and a tail. Their differences are small (a horse's longer legs and higher neck), so a
 * model that sees few plain cows learns "spots mean cow" instead: the lesson's bias.
 */
export const COW_SHAPE: QuadrupedShape = {
	legLength: [30, 39],
	neckAngle: [0.46, 0.81],
	neckLength: [28, 38],
	squareness: [2.2, 3.2],
	mane: 0,
	horns: 0.25
};
export const HORSE_SHAPE: QuadrupedShape = {
	legLength: [44, 53],
	neckAngle: [0.64, 0.99],
	neckLength: [32, 42],
	squareness: [2, 2.8],
	mane: 0.25,
	horns: 0
};

function quadruped(random: Random, shape: QuadrupedShape, spotted: boolean): Point[][] {
	const body = {
		cx: 150,
		cy: 108,
		rx: between(random, 64, 80),
		ry: between(random, 28, 38)
	};
	const front = body.cx + body.rx * 0.85;
	const neckAngle = between(random, ...shape.neckAngle);
	const neckLength = between(random, ...shape.neckLength);
	const neckBase = { x: front, y: body.cy - body.ry * 0.55 };
	const neckTop = {
		x: neckBase.x + Math.cos(neckAngle) * neckLength,
		y: neckBase.y - Math.sin(neckAngle) * neckLength
	};
	const head = {
		cx: neckTop.x + between(random, 8, 12),
		cy: neckTop.y + between(random, 2, 6),
		rx: between(random, 13, 18),
		ry: between(random, 9, 13)
	};
	const strokes: Point[][] = [
		blob(body.cx, body.cy, body.rx, body.ry, between(random, ...shape.squareness)),
		blob(head.cx, head.cy, head.rx, head.ry, between(random, 2, 3)),
		[
			{ x: neckBase.x - 10, y: neckBase.y },
			{ x: neckTop.x - 4, y: neckTop.y - 4 }
		],
		[
			{ x: neckBase.x + 6, y: neckBase.y + 12 },
			{ x: neckTop.x + 6, y: neckTop.y + 8 }
		],
		[
			{ x: head.cx - 4, y: head.cy - head.ry },
			{ x: head.cx - 7, y: head.cy - head.ry - 8 }
		],
		...legs(body, between(random, ...shape.legLength), random, 0.72)
	];
	if (random() < shape.horns)
		strokes.push([
			{ x: head.cx + 3, y: head.cy - head.ry },
			{ x: head.cx + 7, y: head.cy - head.ry - 9 }
		]);
	if (random() < shape.mane)
		for (let k = 1; k < 4; k++) {
			const f = k / 4;
			const x = neckBase.x - 10 + (neckTop.x - neckBase.x + 6) * f;
			const y = neckBase.y + (neckTop.y - neckBase.y - 4) * f;
			strokes.push([
				{ x, y },
				{ x: x - 7, y: y + 3 }
			]);
		}
	const back = body.cx - body.rx;
	strokes.push([
		{ x: back + 2, y: body.cy - body.ry * 0.6 },
		{ x: back - 10, y: body.cy },
		{ x: back - 10, y: body.cy + between(random, 25, 45) }
	]);
	if (spotted) strokes.push(...spots(body, random));
	return strokes;
}

function pig(random: Random): Point[][] {
	const body = {
		cx: 150,
		cy: 112,
		rx: between(random, 58, 70),
		ry: between(random, 38, 48)
	};
	const head = {
		cx: body.cx + body.rx * 0.95,
		cy: body.cy - body.ry * 0.25,
		r: between(random, 20, 26)
	};
	const snout = { cx: head.cx + head.r * 0.9, cy: head.cy + 4, rx: 7, ry: 9 };
	const strokes: Point[][] = [
		blob(body.cx, body.cy, body.rx, body.ry, 2),
		blob(head.cx, head.cy, head.r, head.r, 2),
		blob(snout.cx, snout.cy, snout.rx, snout.ry, 2, 0, Math.PI * 2, 12),
		[
			{ x: snout.cx - 2, y: snout.cy - 2 },
			{ x: snout.cx - 2, y: snout.cy - 1 }
		],
		[
			{ x: snout.cx + 2, y: snout.cy + 2 },
			{ x: snout.cx + 2, y: snout.cy + 3 }
		],
		[
			{ x: head.cx - 8, y: head.cy - head.r * 0.8 },
			{ x: head.cx - 4, y: head.cy - head.r - 12 },
			{ x: head.cx + 4, y: head.cy - head.r * 0.9 }
		],
		...legs(body, between(random, 12, 20), random, 0.6)
	];
	const back = body.cx - body.rx;
	const curl: Point[] = [];
	for (let i = 0; i <= 12; i++) {
		const a = (i / 12) * Math.PI * 3;
		const r = 3 + i * 0.5;
		curl.push({ x: back - 6 - r * Math.cos(a), y: body.cy - body.ry * 0.4 + r * Math.sin(a) });
	}
	strokes.push(curl);
	return strokes;
}

function sheep(random: Random): Point[][] {
	const body = {
		cx: 150,
		cy: 108,
		rx: between(random, 58, 74),
		ry: between(random, 34, 44)
	};
	const head = {
		cx: body.cx + body.rx + 8,
		cy: body.cy - body.ry * 0.3,
		rx: between(random, 11, 15),
		ry: between(random, 14, 18)
	};
	return [
		fluffy(body.cx, body.cy, body.rx, body.ry, Math.round(between(random, 11, 16)), random),
		blob(head.cx, head.cy, head.rx, head.ry, 2, 0, Math.PI * 2, 16),
		[
			{ x: head.cx - 4, y: head.cy - 4 },
			{ x: head.cx - 4, y: head.cy - 3 }
		],
		[
			{ x: head.cx - head.rx, y: head.cy - 6 },
			{ x: head.cx - head.rx - 10, y: head.cy - 2 }
		],
		...legs(body, between(random, 26, 36), random, 0.6)
	];
}

/**
 * One hand-drawn-looking doodle: the animal's parts with wobbly lines, a little tilt, either
 * way round, sometimes a part left out; then simplified exactly like a child's drawing.
 */
export function generateDoodle(animal: Animal, seed: number, spotted = false): GeneratedDoodle {
	const random = seededRandom(seed);
	const parts =
		animal === 'cow'
			? quadruped(random, COW_SHAPE, spotted)
			: animal === 'horse'
				? quadruped(random, HORSE_SHAPE, false)
				: animal === 'pig'
					? pig(random)
					: sheep(random);
	const wobble = between(random, 0.8, 2.2);
	const tilt = jitter(random, 0.09);
	const mirror = random() < 0.5 ? -1 : 1;
	const squash = between(random, 0.9, 1.1);
	const strokes = parts
		// Children leave things out: now and then a leg or a detail is missing (never the body).
		.filter((_, i) => i < 2 || random() > 0.06)
		.map((part) =>
			handDrawn(part, random, wobble, part.length > 20).map((p) => {
				const x = (p.x - 150) * mirror;
				const y = (p.y - 110) * squash;
				return {
					x: x * Math.cos(tilt) - y * Math.sin(tilt),
					y: x * Math.sin(tilt) + y * Math.cos(tilt)
				};
			})
		);
	return {
		animal,
		subgroup: animal === 'cow' ? (spotted ? 'spotted' : 'plain') : null,
		drawing: simplifyDrawing(strokes.map((s) => ({ x: s.map((p) => p.x), y: s.map((p) => p.y) })))
	};
}
