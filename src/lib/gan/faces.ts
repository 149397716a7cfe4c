import { between, seededRandom } from '../doodle/random';

/**
 * Cartoon faces of the project's own making, for the image GAN: small grayscale pictures drawn
 * from a few features (face shape, eyes, mouth, hair, an accessory), never a photo of a person.
 * Each face is described by its features and drawn by testing each pixel against simple shapes,
 * with 3 × 3 samples a pixel for smooth edges. The same seed always gives the same faces.
 */
export const FACE_SIZE = 20;

export const FACE_FEATURES = {
	shape: ['round', 'oval', 'wide', 'square'],
	eyes: ['dots', 'big', 'closed', 'wink'],
	mouth: ['smile', 'flat', 'open', 'grin'],
	hair: ['none', 'short', 'long', 'spiky'],
	accessory: ['none', 'glasses', 'hat', 'bow']
} as const;

export type FaceFeatures = { [K in keyof typeof FACE_FEATURES]: (typeof FACE_FEATURES)[K][number] };

export interface Face extends FaceFeatures {
	/** Small variations: where the face sits and how big it is, in pixels and ratios. */
	dx: number;
	dy: number;
	scale: number;
	/** The face's tone: 0 light to 1 a little darker (the background stays white). */
	tone: number;
}

const pick = <T>(random: () => number, options: readonly T[]) =>
	options[Math.floor(random() * options.length)]!;

/** A face's features, at random from a source. */
export function randomFace(random: () => number): Face {
	return {
		shape: pick(random, FACE_FEATURES.shape),
		eyes: pick(random, FACE_FEATURES.eyes),
		mouth: pick(random, FACE_FEATURES.mouth),
		hair: pick(random, FACE_FEATURES.hair),
		accessory: pick(random, FACE_FEATURES.accessory),
		dx: between(random, -0.6, 0.6),
		dy: between(random, -0.6, 0.6),
		scale: between(random, 0.92, 1.06),
		tone: random()
	};
}

type Ink = (x: number, y: number) => number | null;
const HAIR = 0.65;

/**
 * How dark each point of the face is (0 white to 1 black), in the face's own units: the face is
 * centred on 0, about ±1 across. Later layers paint over earlier ones.
 */
function layers(face: Face): Ink[] {
	const [rx, ry] =
		face.shape === 'round'
			? [0.62, 0.62]
			: face.shape === 'oval'
				? [0.52, 0.7]
				: face.shape === 'wide'
					? [0.74, 0.58]
					: [0.6, 0.64];
	const power = face.shape === 'square' ? 4 : 2;
	const inFace = (x: number, y: number) =>
		Math.abs(x / rx) ** power + Math.abs((y - 0.08) / ry) ** power <= 1;
	const skin = 0.04 + face.tone * 0.16;
	const line = 0.95;
	const top = 0.08 - ry;
	const ink: Ink[] = [];

	// Hair behind the face (long), then the face, then hair on top.
	if (face.hair === 'long')
		ink.push((x, y) =>
			(x / (rx + 0.15)) ** 2 + ((y - 0.02) / (ry + 0.12)) ** 2 <= 1 && y <= 0.5 ? HAIR : null
		);
	ink.push((x, y) => {
		if (!inFace(x, y)) return null;
		// The outline: points just inside the edge.
		const edge = Math.abs(x / (rx - 0.09)) ** power + Math.abs((y - 0.08) / (ry - 0.09)) ** power;
		return edge > 1 ? line : skin;
	});
	if (face.hair === 'short' || face.hair === 'long')
		ink.push((x, y) => (inFace(x, y) && y < top + 0.26 ? HAIR : null));
	if (face.hair === 'spiky')
		ink.push((x, y) => {
			if (y > top + 0.22 || Math.abs(x) > rx * 0.85) return null;
			const tooth = 0.22 - Math.abs(((x + 1) % 0.28) - 0.14) * 1.6;
			return y > top - tooth ? HAIR : null;
		});

	const eyeY = -0.05;
	const eyeX = 0.26;
	const eye = (side: number) => (x: number, y: number) => {
		const ex = x - side * eyeX;
		const ey = y - eyeY;
		const closed = face.eyes === 'closed' || (face.eyes === 'wink' && side > 0);
		if (closed) return Math.abs(ey) < 0.05 && Math.abs(ex) < 0.13 ? line : null;
		const r = face.eyes === 'big' ? 0.15 : 0.09;
		const d = Math.hypot(ex, ey);
		if (face.eyes === 'big')
			return d < r ? (d < r * 0.5 ? line : 0.05) : d < r + 0.05 ? line : null;
		return d < r ? line : null;
	};
	ink.push(eye(-1), eye(1));

	const mouthY = 0.4;
	ink.push((x, y) => {
		const mx = x;
		const my = y - mouthY;
		if (Math.abs(mx) > 0.26) return null;
		switch (face.mouth) {
			case 'smile':
				return Math.abs(my - (0.22 * (mx / 0.26) ** 2 - 0.08) * -1) < 0.055 ? line : null;
			case 'flat':
				return Math.abs(my) < 0.05 ? line : null;
			case 'open':
				return (mx / 0.16) ** 2 + (my / 0.12) ** 2 <= 1 ? line : null;
			case 'grin': {
				const inside = my >= -0.06 && my <= 0.12 - 0.18 * (mx / 0.26) ** 2;
				return inside ? line : null;
			}
		}
	});

	if (face.accessory === 'glasses')
		ink.push((x, y) => {
			const ring = (side: number) => Math.abs(Math.hypot(x - side * eyeX, y - eyeY) - 0.17) < 0.05;
			const bridge = Math.abs(y - eyeY) < 0.04 && Math.abs(x) < eyeX - 0.15;
			return ring(-1) || ring(1) || bridge ? line : null;
		});
	if (face.accessory === 'hat')
		ink.push((x, y) => {
			const brim = Math.abs(y - (top + 0.08)) < 0.06 && Math.abs(x) < rx + 0.16;
			const crown = y < top + 0.08 && y > top - 0.3 && Math.abs(x) < rx * 0.7;
			return brim || crown ? 0.9 : null;
		});
	if (face.accessory === 'bow')
		ink.push((x, y) => {
			const bx = x - rx * 0.72;
			const by = y - (top + 0.12);
			return Math.abs(by) <= Math.abs(bx) * 0.9 + 0.03 && Math.abs(bx) < 0.2 ? 0.9 : null;
		});
	return ink;
}

/** A face as FACE_SIZE × FACE_SIZE pixels, row by row from the top: 0 white to 1 black. */
export function drawFace(face: Face, size = FACE_SIZE): Float32Array {
	const ink = layers(face);
	const pixels = new Float32Array(size * size);
	const SAMPLES = 3;
	for (let row = 0; row < size; row++)
		for (let col = 0; col < size; col++) {
			let sum = 0;
			for (let sy = 0; sy < SAMPLES; sy++)
				for (let sx = 0; sx < SAMPLES; sx++) {
					// Pixel centre to face units: the picture spans about ±1.1 of the face.
					const px = col + (sx + 0.5) / SAMPLES - face.dx;
					const py = row + (sy + 0.5) / SAMPLES - face.dy;
					const x = ((px / size) * 2 - 1) * 1.1 * (1 / face.scale);
					const y = ((py / size) * 2 - 1) * 1.1 * (1 / face.scale);
					let value = 0;
					for (const layer of ink) value = layer(x, y) ?? value;
					sum += value;
				}
			pixels[row * size + col] = sum / (SAMPLES * SAMPLES);
		}
	return pixels;
}

/** `count` faces from a seed, one after another in one array (each size² pixels). */
export function faceSet(
	count: number,
	seed = 1,
	size = FACE_SIZE
): { pixels: Float32Array; faces: Face[] } {
	const random = seededRandom(seed);
	const faces = Array.from({ length: count }, () => randomFace(random));
	const pixels = new Float32Array(count * size * size);
	faces.forEach((face, i) => pixels.set(drawFace(face, size), i * size * size));
	return { pixels, faces };
}
