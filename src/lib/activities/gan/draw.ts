import type { GanSnapshot } from '#lib/gan/session';
import type { Highlight } from './slow-motion';

/** The picture's colours: green for real, purple for fake (points and the detective's opinion). */
export const COLOURS = {
	real: '#17803d',
	fake: '#7b3fc4',
	realTint: [23, 128, 61],
	fakeTint: [123, 63, 196]
} as const;

export interface Picture {
	real: Float32Array | null;
	snapshot: GanSnapshot;
	/** Where the generated points were before the forger's last step. */
	previous: Float32Array | null;
	highlight: Highlight | null;
	arrows: boolean;
}

const HEAT_SIZE = 30;
/** What is not highlighted in slow motion fades to this. */
const FADED = 0.15;

/** The discriminator's 30 × 30 opinion as a tiny image, to be scaled up smoothly. */
export function heatmapPixels(heatmap: Float32Array): Uint8ClampedArray {
	const pixels = new Uint8ClampedArray(HEAT_SIZE * HEAT_SIZE * 4);
	for (let k = 0; k < HEAT_SIZE * HEAT_SIZE; k++) {
		const opinion = heatmap[k] ?? 0.5;
		const tint = opinion >= 0.5 ? COLOURS.realTint : COLOURS.fakeTint;
		const strength = Math.min(1, Math.abs(opinion - 0.5) * 2);
		pixels.set([...tint, Math.round(strength * 150)], k * 4);
	}
	return pixels;
}

/**
 * Draws one frame of the 2-D GAN on a square canvas: the opinion, the real points, where the
 * fakes were (slow motion), the fakes and their arrows. The square from -1 to 1 fills the canvas.
 */
export function drawPicture(
	context: CanvasRenderingContext2D,
	heat: HTMLCanvasElement | OffscreenCanvas,
	picture: Picture
): void {
	const size = context.canvas.width;
	const toX = (x: number) => ((x + 1) / 2) * size;
	const toY = (y: number) => ((1 - y) / 2) * size;
	const alphaOf = (...parts: Highlight[]) =>
		picture.highlight === null || parts.includes(picture.highlight) ? 1 : FADED;
	const radius = Math.max(1.5, size / 200);

	context.clearRect(0, 0, size, size);
	context.fillStyle = '#fff';
	context.fillRect(0, 0, size, size);

	const heatContext = heat.getContext('2d') as
		CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
	if (heatContext) {
		const image = heatContext.createImageData(HEAT_SIZE, HEAT_SIZE);
		image.data.set(heatmapPixels(picture.snapshot.heatmap));
		heatContext.putImageData(image, 0, 0);
		context.globalAlpha = alphaOf('heatmap');
		context.imageSmoothingEnabled = true;
		context.drawImage(heat, 0, 0, size, size);
	}

	const dots = (points: Float32Array, colour: string, alpha: number, hollow = false) => {
		context.globalAlpha = alpha;
		context.fillStyle = colour;
		context.strokeStyle = colour;
		context.lineWidth = 1;
		context.beginPath();
		for (let i = 0; i < points.length; i += 2) {
			const x = toX(points[i]!);
			const y = toY(points[i + 1]!);
			context.moveTo(x + radius, y);
			context.arc(x, y, radius, 0, 2 * Math.PI);
		}
		if (hollow) context.stroke();
		else context.fill();
	};

	if (picture.real) dots(picture.real, COLOURS.real, alphaOf('points') * 0.55);
	const { generated, arrows } = picture.snapshot;
	if (picture.previous && picture.highlight === 'moved')
		dots(picture.previous, COLOURS.fake, 0.45, true);
	dots(generated, COLOURS.fake, alphaOf('generated', 'points', 'moved', 'arrows'));

	if (picture.arrows || picture.highlight === 'arrows') {
		context.globalAlpha = alphaOf('arrows');
		context.strokeStyle = COLOURS.fake;
		context.lineWidth = Math.max(1, size / 400);
		context.beginPath();
		const length = size / 25;
		for (let i = 0; i < generated.length; i += 2) {
			const x = toX(generated[i]!);
			const y = toY(generated[i + 1]!);
			context.moveTo(x, y);
			context.lineTo(x + arrows[i]! * length, y - arrows[i + 1]! * length);
		}
		context.stroke();
	}
	context.globalAlpha = 1;
}
