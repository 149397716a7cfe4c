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

/** Each dataset's real points, drawn once per canvas size. */
const realLayers = new WeakMap<Float32Array, Map<string, HTMLCanvasElement | OffscreenCanvas>>();
const sprites = new Map<string, HTMLCanvasElement | OffscreenCanvas>();

function makeCanvas(size: number): HTMLCanvasElement | OffscreenCanvas {
	if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(size, size);
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	return canvas;
}

/** One dot, drawn once and copied for every point: far cheaper than a path of arcs. */
function dotSprite(colour: string, radius: number, hollow: boolean) {
	const key = `${colour}:${radius}:${hollow}`;
	let sprite = sprites.get(key);
	if (!sprite) {
		const size = Math.ceil(radius * 2 + 2);
		sprite = makeCanvas(size);
		const context = sprite.getContext('2d') as CanvasRenderingContext2D;
		context.fillStyle = context.strokeStyle = colour;
		context.beginPath();
		context.arc(size / 2, size / 2, hollow ? radius - 0.5 : radius, 0, 2 * Math.PI);
		if (hollow) context.stroke();
		else context.fill();
		sprites.set(key, sprite);
	}
	return sprite;
}
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
	const radius = Math.round(Math.max(1.5, size / 200) * 2) / 2;

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

	const sprite = (colour: string, hollow: boolean) => dotSprite(colour, radius, hollow);
	const dots = (
		target: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
		points: Float32Array,
		image: HTMLCanvasElement | OffscreenCanvas
	) => {
		const offset = image.width / 2;
		for (let i = 0; i < points.length; i += 2)
			target.drawImage(image, toX(points[i]!) - offset, toY(points[i + 1]!) - offset);
	};

	// The real points never change for a dataset: drawn once into a layer, then copied.
	if (picture.real) {
		const key = `${size}`;
		let layer = realLayers.get(picture.real)?.get(key);
		if (!layer) {
			layer = makeCanvas(size);
			const layerContext = layer.getContext('2d') as CanvasRenderingContext2D;
			dots(layerContext, picture.real, sprite(COLOURS.real, false));
			realLayers.set(picture.real, new Map([[key, layer]]));
		}
		context.globalAlpha = alphaOf('points') * 0.55;
		context.drawImage(layer, 0, 0);
	}
	const { generated, arrows } = picture.snapshot;
	if (picture.previous && picture.highlight === 'moved') {
		context.globalAlpha = 0.45;
		dots(context, picture.previous, sprite(COLOURS.fake, true));
	}
	context.globalAlpha = alphaOf('generated', 'points', 'moved', 'arrows');
	dots(context, generated, sprite(COLOURS.fake, false));

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
