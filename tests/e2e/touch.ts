import type { Locator, Page } from '@playwright/test';

/** A real finger gesture (touchStart, touchMoves, touchEnd) through Chromium's input pipeline. */
export async function touchDrag(
	page: Page,
	from: { x: number; y: number },
	to: { x: number; y: number },
	steps = 12
): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchStart',
		touchPoints: [{ x: from.x, y: from.y }]
	});
	for (let i = 1; i <= steps; i++) {
		const x = from.x + ((to.x - from.x) * i) / steps;
		const y = from.y + ((to.y - from.y) * i) / steps;
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
		// About one move per frame, as a finger makes them.
		await page.waitForTimeout(16);
	}
	// The finger rests before lifting, so the browser starts no fling (a tap during a fling only
	// stops it, on a real tablet as here).
	await page.waitForTimeout(120);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

export async function center(locator: Locator): Promise<{ x: number; y: number }> {
	await locator.scrollIntoViewIfNeeded();
	const box = await locator.boundingBox();
	if (!box) throw new Error('element is not visible');
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Swipes horizontally across an element, right to left (next) or left to right (back). */
export async function swipe(locator: Locator, direction: 'next' | 'back'): Promise<void> {
	const box = await locator.boundingBox();
	if (!box) throw new Error('element is not visible');
	const y = box.y + Math.min(box.height / 2, 120);
	const left = box.x + box.width * 0.15;
	const right = box.x + box.width * 0.85;
	const page = locator.page();
	if (direction === 'next') await touchDrag(page, { x: right, y }, { x: left, y });
	else await touchDrag(page, { x: left, y }, { x: right, y });
}

/** Drags one element onto another with a finger, with both in view at once. */
export async function touchDragOnto(source: Locator, target: Locator): Promise<void> {
	await source.evaluate((element) => element.scrollIntoView({ block: 'start' }));
	const from = await source.boundingBox();
	const to = await target.boundingBox();
	if (!from || !to) throw new Error('element is not visible');
	await touchDrag(
		source.page(),
		{ x: from.x + from.width / 2, y: from.y + from.height / 2 },
		{ x: to.x + to.width / 2, y: to.y + to.height / 2 }
	);
}

/**
 * Draws one stroke through the given points (relative to the element's top-left corner): with a
 * finger on a touch device, else with the mouse.
 */
export async function drawStroke(target: Locator, points: [number, number][]): Promise<void> {
	const page = target.page();
	const box = await target.boundingBox();
	if (!box) throw new Error('element is not visible');
	const at = ([x, y]: [number, number]) => ({ x: box.x + x, y: box.y + y });
	const hasTouch = await page.evaluate(() => navigator.maxTouchPoints > 0);
	if (!hasTouch) {
		await page.mouse.move(at(points[0]!).x, at(points[0]!).y);
		await page.mouse.down();
		for (const point of points.slice(1))
			await page.mouse.move(at(point).x, at(point).y, { steps: 4 });
		await page.mouse.up();
		return;
	}
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchStart',
		touchPoints: [{ ...at(points[0]!), radiusX: 4, radiusY: 4 }]
	});
	for (let i = 1; i < points.length; i++) {
		const [ax, ay] = points[i - 1]!;
		const [bx, by] = points[i]!;
		for (let s = 1; s <= 4; s++) {
			const point = at([ax + ((bx - ax) * s) / 4, ay + ((by - ay) * s) / 4]);
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: [{ ...point, radiusX: 4, radiusY: 4 }]
			});
			await page.waitForTimeout(8);
		}
	}
	// The finger rests before lifting, as in touchDrag: a lift while moving starts a fling, and the
	// next tap would only stop it.
	await page.waitForTimeout(120);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}
