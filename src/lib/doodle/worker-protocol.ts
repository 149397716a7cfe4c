import type { FromTrainer, ToTrainer } from './training-session';

export type BackendName = 'wasm' | 'webgl' | 'cpu';

/** Everything the page may send the training worker. */
export type ToWorker = ToTrainer | { type: 'init'; backend: BackendName };
/** Everything the training worker may send back. */
export type FromWorker = FromTrainer | { type: 'ready'; backend: string };
