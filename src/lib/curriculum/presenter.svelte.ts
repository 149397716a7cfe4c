import { openPresenterChannel, presenterKeyAction, type PresenterChannel } from './presenter-sync';

/** Step position shared by the projector and notes windows of one lesson. */
export class PresenterState {
	index = $state(0);
	reveal = $state(false);
	private channel: PresenterChannel | null = null;

	constructor(readonly stepCount: number) {}

	connect(context: string): () => void {
		if (typeof BroadcastChannel === 'undefined') return () => {};
		this.channel = openPresenterChannel(context, (message) => {
			if (message.type === 'hello') this.broadcast();
			else {
				this.index = Math.min(Math.max(0, message.index), this.stepCount - 1);
				this.reveal = message.reveal;
			}
		});
		this.channel.send({ type: 'hello' });
		return () => this.channel?.close();
	}

	private broadcast(): void {
		this.channel?.send({ type: 'goto', index: this.index, reveal: this.reveal });
	}

	goTo(index: number): void {
		const next = Math.min(Math.max(0, index), this.stepCount - 1);
		if (next !== this.index) this.reveal = false;
		this.index = next;
		this.broadcast();
	}

	toggleReveal(): void {
		this.reveal = !this.reveal;
		this.broadcast();
	}

	/** Handles a key press; returns true when it moved the presentation. */
	handleKey(key: string): boolean {
		const action = presenterKeyAction(key);
		if (action === 'next') this.goTo(this.index + 1);
		else if (action === 'previous') this.goTo(this.index - 1);
		else if (action === 'first') this.goTo(0);
		else if (action === 'last') this.goTo(this.stepCount - 1);
		return action !== null;
	}
}
