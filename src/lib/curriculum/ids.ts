import { z } from 'zod';
import renames from './id-renames.json';
import { GRADE_BANDS, type Module } from './types';

/**
 * The ids stored progress points at, as paths: "module", "module/band", "module/band/lesson",
 * "module/band/lesson/step" and "module/band/lesson/step/question". A lesson's path is the
 * `context` of its progress rows.
 */
export function contentIds(modules: readonly Module[]): string[] {
	const ids: string[] = [];
	for (const module of modules) {
		ids.push(module.slug);
		for (const band of GRADE_BANDS) {
			const lessons = module.lessons[band];
			if (!lessons) continue;
			ids.push(`${module.slug}/${band}`);
			for (const lesson of lessons) {
				const context = `${module.slug}/${band}/${lesson.slug}`;
				ids.push(context);
				for (const step of lesson.steps) {
					ids.push(`${context}/${step.id}`);
					if (step.kind === 'quiz')
						for (const question of step.questions) ids.push(`${context}/${step.id}/${question.id}`);
				}
			}
		}
	}
	return ids.sort();
}

export const ID_LEVELS = ['module', 'band', 'lesson', 'step', 'question'] as const;
export const idLevel = (id: string) => ID_LEVELS[id.split('/').length - 1];

/**
 * One entry of id-renames.json: an id that was renamed (`to` another of the same level) or
 * deliberately removed (`to: null`, its stored progress then no longer shows). Applied in order.
 */
export interface IdRename {
	from: string;
	to: string | null;
}

const idPath = z
	.string()
	.regex(/^[a-z0-9-]+(\/[a-z0-9-]+){0,4}$/, 'an id path like "module/band/lesson/step"');
export const idRenamesSchema = z.array(
	z
		.object({ from: idPath, to: idPath.nullable() })
		.refine((rename) => rename.to === null || idLevel(rename.to) === idLevel(rename.from), {
			message: 'an id is renamed to an id of the same level (module, band, lesson, step, question)'
		})
);

/** The committed rename map (src/lib/curriculum/id-renames.json). */
export const ID_RENAMES: readonly IdRename[] = idRenamesSchema.parse(renames);

/** Where an id of the snapshot went: itself, its last rename, or null when removed. */
function follow(id: string, renames: readonly IdRename[]): string | null {
	let current: string | null = id;
	for (const rename of renames) if (current === rename.from) current = rename.to;
	return current;
}

/**
 * What is wrong between the committed snapshot and today's ids: an id gone without a rename
 * (its stored progress would be lost), a rename to an id that does not exist, or a new id
 * not yet in the snapshot.
 */
export function idSnapshotProblems(
	snapshot: readonly string[],
	current: readonly string[],
	renames: readonly IdRename[]
): string[] {
	const now = new Set(current);
	const problems: string[] = [];
	for (const id of snapshot) {
		if (now.has(id)) continue;
		const target = follow(id, renames);
		if (target === id)
			problems.push(
				`${idLevel(id)} "${id}" is gone: stored progress points at it. Restore it, or add {"from": "${id}", "to": "<new id>"} to src/lib/curriculum/id-renames.json`
			);
		else if (target !== null && !now.has(target))
			problems.push(`${idLevel(id)} "${id}" is renamed to "${target}", which does not exist`);
	}
	const known = new Set(snapshot);
	const added = current.filter((id) => !known.has(id));
	if (added.length > 0)
		problems.push(
			`${added.length} new ids are not in the snapshot (${added.slice(0, 3).join(', ')}${added.length > 3 ? ', …' : ''}): run "npm run ids:snapshot"`
		);
	return problems;
}

/**
 * The snapshot after `npm run ids:snapshot`: today's ids plus every id stored progress may
 * still point at. Refuses while an id is gone without a rename.
 */
export function updatedIdSnapshot(
	snapshot: readonly string[],
	current: readonly string[],
	renames: readonly IdRename[]
): string[] {
	const problems = idSnapshotProblems(snapshot, current, renames).filter(
		(problem) => !problem.includes('npm run ids:snapshot')
	);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	return [...current].sort();
}
