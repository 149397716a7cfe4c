import type pg from 'pg';
import type { AppDatabase } from './db/client';
import { idLevel, type IdRename } from '../curriculum/ids';

/**
 * Moves stored progress along with renamed content ids (src/lib/curriculum/id-renames.json), in
 * one transaction, when the server opens its database. Idempotent: once moved, no row has the
 * old id, so running it again changes nothing. A row whose new place already exists (the same
 * student, lesson and step) keeps the newer one. Removed ids (`to: null`) are left as they are.
 *
 * Where the ids live: assignments (module slug, band), lesson contexts "module/band/lesson" in
 * progress_events, lesson_progress, step_completions and step_visits (and the prefix of each
 * event's idempotency key), step ids in progress_events.step, step_completions.step and
 * step_visits.step (and a step-completed event's payload), question ids in an answer event's
 * payload (whose step, if it changes, is visited from the answer's time).
 */
export async function applyIdRenames(
	db: AppDatabase,
	renames: readonly IdRename[]
): Promise<number> {
	return db.$dialect === 'postgres'
		? applyIdRenamesPostgres(db.$client as unknown as pg.Pool, renames)
		: applyIdRenamesSqlite(db, renames);
}

/**
 * After a question moves to another step, its students have visited that step; a step it left
 * whose only events were that question's answers is no longer visited. (SQLite's placeholders.)
 */
const REVISIT = `insert into step_visits (student_id, context, step, first_at)
	select student_id, context, step, min(at) from progress_events
	where context = ? and step = ? group by student_id, context, step
	on conflict do nothing`;
const FORGET_UNVISITED = `delete from step_visits where context = ? and step = ? and not exists
	(select 1 from progress_events e where e.student_id = step_visits.student_id
	 and e.context = step_visits.context and e.step = step_visits.step)`;
/** The same statement with PostgreSQL's numbered placeholders. */
const numbered = (text: string) => {
	let n = 0;
	return text.replace(/\?/g, () => `$${++n}`);
};

/** The SQLite version, synchronous, run as the database opens. */
export function applyIdRenamesSqlite(db: AppDatabase, renames: readonly IdRename[]): number {
	const sqlite = db.$client;
	let changed = 0;
	const run = (sql: string, ...params: unknown[]) => {
		changed += sqlite.prepare(sql).run(...params).changes;
	};
	/** Contexts equal to `from`, or under it ("from/…"), get `to` in its place. */
	const moveContexts = (from: string, to: string) => {
		const under = `${from}/%`;
		for (const table of ['lesson_progress', 'step_completions', 'step_visits']) {
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
					for (const table of ['step_completions', 'step_visits']) {
						run(
							`update or ignore ${table} set context = ?, step = ? where context = ? and step = ?`,
							next.context,
							next.step,
							old.context,
							old.step
						);
						run(`delete from ${table} where context = ? and step = ?`, old.context, old.step);
					}
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
					run(REVISIT, next.context, next.step);
					run(FORGET_UNVISITED, old.context, old.step);
					break;
				}
			}
		}
	})();
	return changed;
}

/**
 * The same moves on PostgreSQL, which has no `update or ignore` and keeps JSON as text here: a
 * row whose new place is taken is left out of the update (and deleted after, like SQLite's), and
 * payloads are edited as jsonb and written back as text.
 */
async function applyIdRenamesPostgres(
	pool: pg.Pool,
	renames: readonly IdRename[]
): Promise<number> {
	const active = renames.filter(({ from, to }) => to !== null && to !== from);
	if (active.length === 0) return 0;
	const client = await pool.connect();
	let changed = 0;
	const run = async (text: string, ...params: unknown[]) => {
		changed += (await client.query(text, params)).rowCount ?? 0;
	};
	/** `key` columns besides the one moved: the rest of the primary key, for the clash test. */
	const OTHER_KEYS: Record<string, string[]> = {
		lesson_progress: ['student_id'],
		step_completions: ['student_id', 'step'],
		step_visits: ['student_id', 'step']
	};
	const moveContexts = async (from: string, to: string) => {
		const under = `${from}/%`;
		for (const table of ['lesson_progress', 'step_completions', 'step_visits']) {
			const same = OTHER_KEYS[table]!.map((k) => `o.${k} = t.${k}`).join(' and ');
			await run(
				`update ${table} t set context = $1 || substr(t.context, $2) where (t.context = $3 or t.context like $4)
				 and not exists (select 1 from ${table} o where ${same} and o.context = $1 || substr(t.context, $2))`,
				to,
				from.length + 1,
				from,
				under
			);
			await run(`delete from ${table} where context = $1 or context like $2`, from, under);
		}
		await run(
			'update progress_events set context = $1 || substr(context, $2) where context = $3 or context like $4',
			to,
			from.length + 1,
			from,
			under
		);
		for (const prefix of [`${from}|%`, `${from}/%`])
			await run(
				`update progress_events t set key = $1 || substr(t.key, $2) where t.key like $3
				 and not exists (select 1 from progress_events o where o.student_id = t.student_id and o.key = $1 || substr(t.key, $2))`,
				to,
				from.length + 1,
				prefix
			);
	};
	const split = (id: string) => {
		const parts = id.split('/');
		return { context: parts.slice(0, 3).join('/'), step: parts[3]!, question: parts[4]! };
	};
	try {
		await client.query('begin');
		for (const { from, to } of active) {
			switch (idLevel(from)) {
				case 'module':
					await run('update assignments set module_slug = $1 where module_slug = $2', to, from);
					await moveContexts(from, to!);
					break;
				case 'band': {
					const [fromModule, fromBand] = from.split('/');
					const [toModule, toBand] = to!.split('/');
					await run(
						'update assignments set module_slug = $1, band = $2 where module_slug = $3 and band = $4',
						toModule,
						toBand,
						fromModule,
						fromBand
					);
					await moveContexts(from, to!);
					break;
				}
				case 'lesson':
					await moveContexts(from, to!);
					break;
				case 'step': {
					const old = split(from);
					const next = split(to!);
					for (const table of ['step_completions', 'step_visits']) {
						await run(
							`update ${table} t set context = $1, step = $2 where t.context = $3 and t.step = $4
							 and not exists (select 1 from ${table} o where o.student_id = t.student_id and o.context = $1 and o.step = $2)`,
							next.context,
							next.step,
							old.context,
							old.step
						);
						await run(
							`delete from ${table} where context = $1 and step = $2`,
							old.context,
							old.step
						);
					}
					await run(
						`update progress_events set payload = jsonb_set(payload::jsonb, '{step}', to_jsonb($1::text))::text
						 where context = $2 and step = $3 and payload::jsonb ->> 'type' = 'step-completed'`,
						next.step,
						old.context,
						old.step
					);
					await run(
						'update progress_events set context = $1, step = $2 where context = $3 and step = $4',
						next.context,
						next.step,
						old.context,
						old.step
					);
					break;
				}
				case 'question': {
					const old = split(from);
					const next = split(to!);
					await run(
						`update progress_events set context = $1, step = $2, payload = jsonb_set(payload::jsonb, '{question}', to_jsonb($3::text))::text
						 where context = $4 and step = $5 and payload::jsonb ->> 'type' = 'answer' and payload::jsonb ->> 'question' = $6`,
						next.context,
						next.step,
						next.question,
						old.context,
						old.step,
						old.question
					);
					await run(numbered(REVISIT), next.context, next.step);
					await run(numbered(FORGET_UNVISITED), old.context, old.step);
					break;
				}
			}
		}
		await client.query('commit');
		return changed;
	} catch (error) {
		await client.query('rollback').catch(() => {});
		throw error;
	} finally {
		client.release();
	}
}
