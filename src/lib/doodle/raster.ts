import type { SimplifiedDrawing } from './strokes';

export interface RasterOptions {
	/** Width and height in pixels. */
	size: number;
	/** Empty border, in pixels, around the drawing's 0-255 box. */
	padding: number;
	/** Line width in pixels. */
	lineWidth: number;
}

export const DEFAULT_RASTER: RasterOptions = { size: 28, padding: 2, lineWidth: 1.5 };

/**
 * Draws a simplified drawing (coordinates 0-255) into a size×size grid of intensities from 0
 * (paper) to 1 (ink), with anti-aliased lines: each pixel takes the distance from its centre to
 * the nearest segment. Plain arithmetic, no canvas, so the page, the training worker and the tests
 * rasterise every drawing, from the dataset or from a finger, in exactly the same way.
 */
export function rasterize(
	drawing: SimplifiedDrawing,
	options: RasterOptions = DEFAULT_RASTER,
	out: Float32Array = new Float32Array(options.size * options.size)
): Float32Array {
	const { size, padding, lineWidth } = options;
	out.fill(0);
	const scale = (size - 2 * padding) / 255;
	const half = lineWidth / 2;
	const reach = half + 1;
	for (const [xs, ys] of drawing) {
		for (let i = 0; i < xs.length; i++) {
			const ax = padding + xs[i]! * scale;
			const ay = padding + ys[i]! * scale;
			const bx = padding + xs[Math.min(i + 1, xs.length - 1)]! * scale;
			const by = padding + ys[Math.min(i + 1, ys.length - 1)]! * scale;
			const dx = bx - ax;
			const dy = by - ay;
			const lengthSquared = dx * dx + dy * dy;
			const left = Math.max(0, Math.floor(Math.min(ax, bx) - reach));
			const right = Math.min(size - 1, Math.ceil(Math.max(ax, bx) + reach));
			const top = Math.max(0, Math.floor(Math.min(ay, by) - reach));
			const bottom = Math.min(size - 1, Math.ceil(Math.max(ay, by) + reach));
			for (let py = top; py <= bottom; py++) {
				for (let px = left; px <= right; px++) {
					const cx = px + 0.5;
					const cy = py + 0.5;
					const along =
						lengthSquared === 0
							? 0
							: Math.max(0, Math.min(1, ((cx - ax) * dx + (cy - ay) * dy) / lengthSquared));
					const distance = Math.hypot(cx - (ax + along * dx), cy - (ay + along * dy));
					const ink = Math.max(0, Math.min(1, half + 0.5 - distance));
					const index = py * size + px;
					if (ink > out[index]!) out[index] = ink;
				}
			}
			if (xs.length === 1) break;
		}
	}
	return out;
}
