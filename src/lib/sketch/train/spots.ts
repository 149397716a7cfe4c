import type { SimplifiedDrawing, SimplifiedStroke } from '../../doodle/strokes';

/**
 * Does a cow drawing have spots? A spot is a small stroke of several points that lies within the
 * body: a closed patch or a scribble. The body is the stroke with the largest box (children, the
 * starter set and the model all draw it in one go); heads, necks, legs and tails sit at its edge
 * or outside it, and are short lines or lie outside its inner part.
 */
interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

function boxOf([xs, ys]: SimplifiedStroke): Box {
	return {
		left: Math.min(...xs),
		right: Math.max(...xs),
		top: Math.min(...ys),
		bottom: Math.max(...ys)
	};
}

const areaOf = (box: Box) => (box.right - box.left) * (box.bottom - box.top);

/** The strokes that look like spots: small, of 4 points or more, centred inside the body. */
export function spotStrokes(drawing: SimplifiedDrawing): SimplifiedStroke[] {
	const strokes = drawing.filter(([xs]) => xs.length > 0);
	if (strokes.length < 2) return [];
	const boxes = strokes.map(boxOf);
	const bodyIndex = boxes.reduce(
		(best, box, i) => (areaOf(box) > areaOf(boxes[best]!) ? i : best),
		0
	);
	const body = boxes[bodyIndex]!;
	const width = body.right - body.left;
	const height = body.bottom - body.top;
	// The body's inner part: necks and legs start at its edge, so their middles fall outside it.
	const inner = {
		left: body.left + 0.12 * width,
		right: body.right - 0.12 * width,
		top: body.top + 0.15 * height,
		bottom: body.bottom - 0.15 * height
	};
	return strokes.filter((stroke, i) => {
		if (i === bodyIndex || stroke[0].length < 4) return false;
		const box = boxes[i]!;
		const cx = (box.left + box.right) / 2;
		const cy = (box.top + box.bottom) / 2;
		return (
			cx > inner.left &&
			cx < inner.right &&
			cy > inner.top &&
			cy < inner.bottom &&
			box.right - box.left < 0.6 * width &&
			box.bottom - box.top < 0.8 * height
		);
	});
}

export function hasSpots(drawing: SimplifiedDrawing): boolean {
	return spotStrokes(drawing).length > 0;
}
