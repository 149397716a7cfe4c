import type { Colour, Motif } from '#lib/recommender/catalogue';

/**
 * How the project draws the shop's items: one outline per shape on a 100 × 100 grid, filled with
 * the item's first colour (its second colour for trim), and a motif on top. Plain data, so a
 * new item is a line in `content/catalogue.json`, not a new drawing.
 */
export const COLOUR_HEX: Record<Colour, string> = {
	red: '#d93a3a',
	orange: '#f08c2b',
	yellow: '#f4c430',
	green: '#3f9d4a',
	teal: '#1f9e9a',
	blue: '#2f6fd6',
	purple: '#8a4fc7',
	pink: '#ee6fa8',
	black: '#2b2b33',
	white: '#f7f7f4',
	grey: '#9a9aa3',
	brown: '#8b5a33'
};

export interface ShapeArt {
	/** The main outline, filled with the first colour. */
	body: string;
	/** Details drawn with the second colour (or a darker line when there is one colour). */
	trim?: string;
	/** Where the motif sits: centre x, centre y, size. */
	motifAt: [number, number, number];
}

export const SHAPE_ART: Record<string, ShapeArt> = {
	tshirt: {
		body: 'M30 18 L42 14 Q50 22 58 14 L70 18 L88 32 L78 44 L70 38 L70 86 L30 86 L30 38 L22 44 L12 32 Z',
		trim: 'M42 14 Q50 22 58 14',
		motifAt: [50, 54, 22]
	},
	hoodie: {
		body: 'M30 22 Q50 2 70 22 L88 36 L80 86 L70 86 L70 44 L66 86 L34 86 L30 44 L30 86 L20 86 L12 36 Z',
		trim: 'M40 22 Q50 34 60 22 M38 70 L62 70',
		motifAt: [50, 52, 20]
	},
	jumper: {
		body: 'M30 18 L42 14 Q50 20 58 14 L70 18 L86 40 L84 84 L74 84 L70 46 L70 86 L30 86 L30 46 L26 84 L16 84 L14 40 Z',
		trim: 'M30 82 L70 82 M42 14 Q50 20 58 14',
		motifAt: [50, 54, 22]
	},
	jersey: {
		body: 'M32 16 L44 14 L50 24 L56 14 L68 16 L86 30 L76 44 L70 40 L70 86 L30 86 L30 40 L24 44 L14 30 Z',
		trim: 'M44 14 L50 24 L56 14',
		motifAt: [50, 56, 24]
	},
	jacket: {
		body: 'M30 16 L44 14 L50 30 L56 14 L70 16 L86 36 L82 86 L72 86 L70 48 L70 88 L30 88 L30 48 L28 86 L18 86 L14 36 Z',
		trim: 'M50 30 L50 88 M44 14 L50 30 L56 14',
		motifAt: [62, 60, 14]
	},
	tank: {
		body: 'M36 12 L42 12 Q50 30 58 12 L64 12 L66 30 L72 40 L72 88 L28 88 L28 40 L34 30 Z',
		trim: 'M42 12 Q50 30 58 12',
		motifAt: [50, 60, 22]
	},
	trousers: {
		body: 'M28 12 L72 12 L78 90 L58 90 L50 36 L42 90 L22 90 Z',
		trim: 'M28 20 L72 20',
		motifAt: [36, 60, 12]
	},
	shorts: {
		body: 'M26 24 L74 24 L80 68 L56 70 L50 46 L44 70 L20 68 Z',
		trim: 'M26 32 L74 32',
		motifAt: [34, 52, 12]
	},
	skirt: {
		body: 'M34 22 L66 22 L84 80 Q50 90 16 80 Z',
		trim: 'M34 30 L66 30',
		motifAt: [50, 58, 20]
	},
	leggings: {
		body: 'M32 10 L68 10 L70 92 L56 92 L50 34 L44 92 L30 92 Z',
		trim: 'M32 18 L68 18',
		motifAt: [38, 56, 10]
	},
	dress: {
		body: 'M38 10 L44 10 Q50 20 56 10 L62 10 L64 34 L58 40 L84 88 L16 88 L42 40 L36 34 Z',
		trim: 'M42 40 L58 40',
		motifAt: [50, 66, 22]
	},
	overalls: {
		body: 'M34 8 L40 8 L40 24 L60 24 L60 8 L66 8 L66 44 L74 92 L54 92 L50 60 L46 92 L26 92 L34 44 Z',
		trim: 'M40 24 L60 24 L60 44 L40 44 Z',
		motifAt: [50, 34, 12]
	},
	sneakers: {
		body: 'M10 70 L14 46 L34 44 L48 58 L86 62 Q92 68 90 78 L10 78 Z',
		trim: 'M10 78 L90 78 M24 50 L30 58 M32 48 L38 56',
		motifAt: [62, 68, 12]
	},
	boots: {
		body: 'M26 12 L54 12 L54 60 L84 66 Q90 72 88 84 L24 84 Z',
		trim: 'M24 84 L88 84 M26 22 L54 22',
		motifAt: [40, 42, 16]
	},
	sandals: {
		body: 'M12 72 Q14 62 30 62 L80 64 Q90 66 88 76 L14 78 Z',
		trim: 'M30 62 Q42 44 56 63 M62 63 Q70 50 78 64',
		motifAt: [44, 52, 14]
	},
	slippers: {
		body: 'M12 74 Q10 50 40 48 L74 54 Q92 60 88 76 Q50 84 12 74 Z',
		trim: 'M30 50 Q50 36 70 54',
		motifAt: [72, 62, 16]
	},
	cap: {
		body: 'M20 60 Q22 26 54 26 Q82 28 82 60 Z M20 60 L92 60 Q94 70 78 70 L20 68 Z',
		trim: 'M52 26 L52 60',
		motifAt: [44, 46, 16]
	},
	beanie: {
		body: 'M20 70 Q18 24 50 22 Q82 24 80 70 Z',
		trim: 'M18 62 L82 62 L82 76 L18 76 Z M50 22 m-6 0 a6 6 0 1 0 12 0 a6 6 0 1 0 -12 0',
		motifAt: [50, 46, 18]
	},
	crown: {
		body: 'M14 74 L18 30 L34 52 L50 22 L66 52 L82 30 L86 74 Z',
		trim: 'M14 74 L86 74 L86 82 L14 82 Z',
		motifAt: [50, 62, 14]
	},
	helmet: {
		body: 'M16 72 Q14 18 50 16 Q86 18 84 72 Z',
		trim: 'M26 54 Q50 34 74 54 L74 66 L26 66 Z',
		motifAt: [50, 32, 14]
	},
	sunhat: {
		body: 'M6 66 Q50 50 94 66 Q50 80 6 66 Z M30 62 Q30 28 50 28 Q70 28 70 62 Z',
		trim: 'M30 56 Q50 62 70 56',
		motifAt: [62, 50, 12]
	},
	bow: {
		body: 'M50 50 L14 28 Q8 50 14 72 Z M50 50 L86 28 Q92 50 86 72 Z',
		trim: 'M50 50 m-8 0 a8 8 0 1 0 16 0 a8 8 0 1 0 -16 0',
		motifAt: [30, 50, 12]
	},
	glasses: {
		body: 'M8 40 L44 40 L42 62 Q26 70 12 62 Z M56 40 L92 40 L88 62 Q74 70 58 62 Z',
		trim: 'M44 44 Q50 38 56 44 M8 40 L2 34 M92 40 L98 34',
		motifAt: [26, 52, 12]
	},
	scarf: {
		body: 'M18 20 Q50 34 82 20 L82 34 Q66 44 60 44 L64 90 L46 90 L46 44 Q30 40 18 34 Z',
		trim: 'M46 70 L64 70 M46 80 L64 80',
		motifAt: [55, 58, 10]
	},
	backpack: {
		body: 'M24 30 Q24 14 50 14 Q76 14 76 30 L78 88 L22 88 Z',
		trim: 'M32 56 L68 56 L68 80 L32 80 Z M40 14 Q50 4 60 14',
		motifAt: [50, 36, 16]
	},
	cape: {
		body: 'M36 12 L64 12 L88 90 Q50 80 12 90 Z',
		trim: 'M36 12 Q50 24 64 12',
		motifAt: [50, 54, 24]
	},
	wings: {
		body: 'M50 50 Q20 2 6 34 Q10 56 50 52 Z M50 50 Q80 2 94 34 Q90 56 50 52 Z M50 52 Q24 92 14 74 Q16 60 50 54 Z M50 52 Q76 92 86 74 Q84 60 50 54 Z',
		motifAt: [28, 34, 10]
	},
	headphones: {
		body: 'M14 62 Q14 14 50 14 Q86 14 86 62 L78 62 Q78 22 50 22 Q22 22 22 62 Z M10 56 L28 56 L28 84 L10 84 Z M72 56 L90 56 L90 84 L72 84 Z',
		motifAt: [19, 70, 10]
	},
	necklace: {
		body: 'M20 16 Q50 74 80 16 L76 16 Q50 64 24 16 Z M50 58 m-12 0 a12 12 0 1 0 24 0 a12 12 0 1 0 -24 0',
		motifAt: [50, 70, 12]
	},
	watch: {
		body: 'M38 8 L62 8 L62 92 L38 92 Z M50 50 m-20 0 a20 20 0 1 0 40 0 a20 20 0 1 0 -40 0',
		trim: 'M50 50 L50 38 M50 50 L58 54',
		motifAt: [50, 50, 12]
	}
};

/** Motifs as paths on a unit square centred on 0, 0 (scaled to the shape's motif size). */
export const MOTIF_ART: Record<Motif, string> = {
	star: 'M0 -0.5 L0.12 -0.15 L0.48 -0.15 L0.19 0.06 L0.3 0.42 L0 0.2 L-0.3 0.42 L-0.19 0.06 L-0.48 -0.15 L-0.12 -0.15 Z',
	heart:
		'M0 0.42 L-0.42 0 Q-0.6 -0.36 -0.24 -0.42 Q-0.06 -0.42 0 -0.2 Q0.06 -0.42 0.24 -0.42 Q0.6 -0.36 0.42 0 Z',
	flower:
		'M0.000 -0.450 a0.17 0.17 0 1 1 -0.001 0 Z M0.266 -0.257 a0.17 0.17 0 1 1 -0.001 0 Z M0.165 0.057 a0.17 0.17 0 1 1 -0.001 0 Z M-0.165 0.057 a0.17 0.17 0 1 1 -0.001 0 Z M-0.266 -0.257 a0.17 0.17 0 1 1 -0.001 0 Z M0 -0.13 a0.13 0.13 0 1 1 -0.001 0 Z',
	paw: 'M0 0.42 Q-0.32 0.42 -0.26 0.14 Q-0.2 -0.06 0 -0.06 Q0.2 -0.06 0.26 0.14 Q0.32 0.42 0 0.42 Z M-0.36 -0.22 a0.1 0.12 0 1 0 0.01 0 Z M-0.12 -0.42 a0.1 0.12 0 1 0 0.01 0 Z M0.14 -0.42 a0.1 0.12 0 1 0 0.01 0 Z M0.38 -0.22 a0.1 0.12 0 1 0 0.01 0 Z',
	rocket:
		'M0 -0.5 Q0.22 -0.26 0.16 0.24 L-0.16 0.24 Q-0.22 -0.26 0 -0.5 Z M-0.16 0.08 L-0.34 0.36 L-0.14 0.3 Z M0.16 0.08 L0.34 0.36 L0.14 0.3 Z M-0.08 0.28 L0 0.5 L0.08 0.28 Z',
	planet:
		'M0 -0.3 a0.3 0.3 0 1 0 0.01 0 Z M-0.5 0.1 Q0 -0.2 0.5 -0.1 L0.5 -0.04 Q0 -0.14 -0.5 0.16 Z',
	note: 'M-0.1 0.3 a0.14 0.11 0 1 1 -0.01 0 Z M-0.1 0.3 L-0.1 -0.42 L0.3 -0.5 L0.3 -0.34 L-0.02 -0.27 L-0.02 0.3 Z',
	controller:
		'M-0.44 -0.16 Q-0.5 0.34 -0.3 0.3 L-0.14 0.14 L0.14 0.14 L0.3 0.3 Q0.5 0.34 0.44 -0.16 Q0.4 -0.3 0.2 -0.3 L-0.2 -0.3 Q-0.4 -0.3 -0.44 -0.16 Z',
	lightning: 'M0.1 -0.5 L-0.3 0.06 L-0.02 0.06 L-0.12 0.5 L0.3 -0.1 L0.02 -0.1 Z',
	stripes:
		'M-0.5 -0.34 L0.5 -0.34 L0.5 -0.2 L-0.5 -0.2 Z M-0.5 -0.07 L0.5 -0.07 L0.5 0.07 L-0.5 0.07 Z M-0.5 0.2 L0.5 0.2 L0.5 0.34 L-0.5 0.34 Z',
	dots: 'M-0.26 -0.26 a0.1 0.1 0 1 0 0.01 0 Z M0.24 -0.2 a0.1 0.1 0 1 0 0.01 0 Z M-0.06 0.04 a0.1 0.1 0 1 0 0.01 0 Z M-0.3 0.3 a0.1 0.1 0 1 0 0.01 0 Z M0.28 0.3 a0.1 0.1 0 1 0 0.01 0 Z'
};
