import { EventEmitter } from 'node:events';

/**
 * In-process notifications that a class's progress changed, for the teacher's live grid.
 * One server process serves a school day comfortably (see bench/); several processes would need a
 * shared channel instead.
 */
const bus = new EventEmitter();
bus.setMaxListeners(0);

export function notifyClassProgress(classId: string): void {
	bus.emit(`class:${classId}`);
}

export function onClassProgress(classId: string, listener: () => void): () => void {
	bus.on(`class:${classId}`, listener);
	return () => bus.off(`class:${classId}`, listener);
}
