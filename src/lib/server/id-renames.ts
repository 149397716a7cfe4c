import type { AppDatabase } from './db/client';
import { idLevel, type IdRename } from '../curriculum/ids';

/**
 * Moves stored progress along with renamed content ids (src/lib/curriculum/id-renames.json), in
 * one transaction, when the server opens its database. Idempotent: once moved, no row has the
 * old id, so running it again changes nothing. A row whose new place already exists (the same
 * student, lesson and step) keeps the newer one. Removed ids (`to: null`) are left as they are.
 *
 * Where the ids live: assignments (module slug, band), lesson contexts "module/band/lesson" in
 * progress_events, lesson_progress and step_completions (and the prefix of each event's
 * idempotency key), step ids in progress_events.step and step_completions.step (and a
 * step-completed event's payload), question ids in an answer event's payload.
 */
export function applyIdRenames(db: AppDatabase, renames: readonly IdRename[]): number {
	const sqlite = db.$client;
	let changed = 0;
	const run = (sql: string, ...params: unknown[]) => {
		changed += sqlite.prepare(sql).run(...params).changes;
	};
	/** Contexts equal to `from`, or under it ("from/…"), get `to` in its place. */
	const moveContexts = (from: string, to: string) => {
		const under = `${from}/%`;
		for (const table of ['lesson_progress', 'step_completions']) {
			run(
				`update or ignore ${table} set context = ? || substr(context, ?) where context = ? or context like ?`,
				to,
				from.length + 1,
				from,
				under
			);
			run(`delete from ${table} where context = ? or context like ?`, from, under);
		}
		run(
			'update progress_events set context = ? || substr(context, ?) where context = ? or context like ?',
			to,
			from.length + 1,
			from,
			under
		);
		for (const prefix of [`${from}|%`, `${from}/%`])
			run(
				'update or ignore progress_events set key = ? || substr(key, ?) where key like ?',
				to,
				from.length + 1,
				prefix
			);
	};
	const split = (id: string) => {
		const parts = id.split('/');
		return { context: parts.slice(0, 3).join('/'), step: parts[3]!, question: parts[4]! };
	};

	sqlite.transaction(() => {
		for (const { from, to } of renames) {
			if (to === null || to === from) continue;
			switch (idLevel(from)) {
				case 'module':
					run('update assignments set module_slug = ? where module_slug = ?', to, from);
					moveContexts(from, to);
					break;
				case 'band': {
					const [fromModule, fromBand] = from.split('/');
					const [toModule, toBand] = to.split('/');
					run(
						'update assignments set module_slug = ?, band = ? where module_slug = ? and band = ?',
						toModule,
						toBand,
						fromModule,
						fromBand
					);
					moveContexts(from, to);
					break;
				}
				case 'lesson':
					moveContexts(from, to);
					break;
				case 'step': {
					const old = split(from);
					const next = split(to);
					run(
						`update or ignore step_completions set context = ?, step = ? where context = ? and step = ?`,
						next.context,
						next.step,
						old.context,
						old.step
					);
					run('delete from step_completions where context = ? and step = ?', old.context, old.step);
					run(
						`update progress_events set payload = json_set(payload, '$.step', ?)
						 where context = ? and step = ? and json_extract(payload, '$.type') = 'step-completed'`,
						next.step,
						old.context,
						old.step
					);
					run(
						'update progress_events set context = ?, step = ? where context = ? and step = ?',
						next.context,
						next.step,
						old.context,
						old.step
					);
					break;
				}
				case 'question': {
					const old = split(from);
					const next = split(to);
					run(
						`update progress_events set context = ?, step = ?, payload = json_set(payload, '$.question', ?)
						 where context = ? and step = ? and json_extract(payload, '$.type') = 'answer'
						 and json_extract(payload, '$.question') = ?`,
						next.context,
						next.step,
						next.question,
						old.context,
						old.step,
						old.question
					);
					break;
				}
			}
		}
	})();
	return changed;
}
