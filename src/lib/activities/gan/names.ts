import { m } from '#lib/paraglide/messages';
import type { DatasetName } from '#lib/gan/datasets';

/** Each dataset's name, as the activity and its set-up form show it. */
export const DATASET_NAMES: Record<DatasetName, () => string> = {
	ring: m.gan_dataset_ring,
	'two-blobs': m.gan_dataset_two_blobs,
	line: m.gan_dataset_line,
	'three-clusters': m.gan_dataset_three_clusters,
	drawn: m.gan_dataset_drawn
};
