import { findModule, t } from '../curriculum';
import type { Locale, Step } from '../curriculum/types';
import { listStudents } from './classes';
import { studentWork } from './class-work';
import { visitedSteps } from './class-progress';
import type { AppDatabase } from './db/client';
import type { Assignment } from './db/schema';
import { ACTIVITY_ARTIFACTS } from '../activities/registry';
import { reflectionText } from '../validation/artifacts';

export type ExportState = 'done' | 'in-progress' | 'not-started';

/** One row per student and step of an assigned module: what the CSV export holds. */
export interface ExportRow {
	student: string;
	lesson: string;
	stepNumber: number;
	stepKind: Step['kind'];
	stepTitle: string;
	state: ExportState;
	completedAt: string | null;
	score: string | null;
	/**
	 * Quiz: each question's answer, right or wrong. Reflection: what the student wrote. Activity:
	 * what it saved, in a few words (each artifact kind's `csv`, from its activity's definition).
	 */
	answer: string;
}

function stepTitle(step: Step, locale: Locale): string {
	if (step.kind === 'discuss' || step.kind === 'reflect') return t(step.prompt, locale);
	return t(step.title, locale);
}

export async function progressExportRows(
	db: AppDatabase,
	classId: string,
	assignment: Assignment,
	locale: Locale
): Promise<ExportRow[]> {
	const module = findModule(assignment.moduleSlug);
	const lessons = module?.lessons[assignment.band] ?? [];
	const rows: ExportRow[] = [];
	const visited = await visitedSteps(
		db,
		classId,
		lessons.map((lesson) => `${assignment.moduleSlug}/${assignment.band}/${lesson.slug}`)
	);
	for (const student of await listStudents(db, classId)) {
		const work = new Map((await studentWork(db, classId, student.id)).map((w) => [w.context, w]));
		for (const lesson of lessons) {
			const context = `${assignment.moduleSlug}/${assignment.band}/${lesson.slug}`;
			const done = work.get(context);
			lesson.steps.forEach((step, i) => {
				const completed = done?.completed.find((c) => c.step === step.id);
				const score = done?.scores.find((s) => s.step === step.id);
				let answer = '';
				if (step.kind === 'quiz') {
					answer = step.questions
						.map((question) => {
							const given = done?.answers.find((a) => a.question === question.id);
							if (!given) return null;
							const choice = question.choices.find((c) => c.id === given.choice);
							return `${t(question.prompt, locale)} → ${choice ? t(choice.text, locale) : given.choice} ${given.correct ? '✓' : '✗'}`;
						})
						.filter((line) => line !== null)
						.join(' | ');
				} else if (step.kind === 'reflect') {
					const reflection = done?.artifacts.find(
						(a) => a.step === step.id && a.kind === 'reflection'
					);
					answer = reflectionText(reflection?.content ?? null) ?? '';
				} else if (step.kind === 'activity') {
					answer = (done?.artifacts ?? [])
						.filter((a) => a.step === step.id && a.content)
						.flatMap((a) => {
							const kind = ACTIVITY_ARTIFACTS.get(a.content!.kind);
							return kind ? [kind.artifact.csv(a.content!.data, locale)] : [];
						})
						.join(' | ');
				}
				rows.push({
					student: student.displayName,
					lesson: t(lesson.title, locale),
					stepNumber: i + 1,
					stepKind: step.kind,
					stepTitle: stepTitle(step, locale),
					// Each step from its own events, as on the grid: a step never opened is not started.
					state: completed
						? 'done'
						: visited.has(`${student.id}|${context}|${step.id}`)
							? 'in-progress'
							: 'not-started',
					completedAt: completed?.at.toISOString() ?? null,
					score: score ? `${score.correct}/${score.total}` : null,
					answer
				});
			});
		}
	}
	return rows;
}
