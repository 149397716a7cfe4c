/** Messages between the projector window and the teacher-notes window of one lesson. */
export type PresenterMessage = { type: 'goto'; index: number; reveal: boolean } | { type: 'hello' };

export interface PresenterChannel {
	send(message: PresenterMessage): void;
	close(): void;
}

/**
 * Keeps the presenter windows of one lesson on the same step (same browser, same device).
 * `factory` is injectable so the logic is testable without a browser.
 */
export function openPresenterChannel(
	context: string,
	onmessage: (message: PresenterMessage) => void,
	factory: (name: string) => BroadcastChannel = (name) => new BroadcastChannel(name)
): PresenterChannel {
	const channel = factory(`dayofai-present:${context}`);
	channel.onmessage = (event: MessageEvent) => {
		const data = event.data as PresenterMessage;
		if (data?.type === 'hello' || (data?.type === 'goto' && Number.isInteger(data.index)))
			onmessage(data);
	};
	return {
		send: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}

/** Keys a presentation clicker or keyboard sends, and where they move. */
export function presenterKeyAction(key: string): 'next' | 'previous' | 'first' | 'last' | null {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
		case 'Enter':
			return 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}
