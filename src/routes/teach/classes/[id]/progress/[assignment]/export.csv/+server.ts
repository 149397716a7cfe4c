import { toCsv } from '#lib/csv/write';
import { stepKindLabel } from '#lib/i18n/curriculum-labels';
import { m } from '#lib/paraglide/messages';
import { ownedAssignment } from '#lib/server/http/class-access';
import { getDb } from '#lib/server/db';
import { progressExportRows, type ExportState } from '#lib/server/progress-export';
import type { RequestHandler } from './$types';

const stateLabel: Record<ExportState, () => string> = {
	done: m.state_done,
	'in-progress': m.state_in_progress,
	'not-started': m.state_not_started
};

/** The progress of one assignment as CSV: one row per student and step. Owner only. */
export const GET: RequestHandler = async (event) => {
	const { klass, assignment } = await ownedAssignment(event);
	const rows = await progressExportRows(getDb(), klass.id, assignment, event.locals.locale);
	const csv = toCsv([
		[
			m.csv_student(),
			m.csv_lesson(),
			m.csv_step(),
			m.csv_kind(),
			m.csv_title(),
			m.csv_state(),
			m.csv_completed_at(),
			m.csv_score(),
			m.csv_answer()
		],
		...rows.map((row) => [
			row.student,
			row.lesson,
			row.stepNumber,
			stepKindLabel[row.stepKind](),
			row.stepTitle,
			stateLabel[row.state](),
			row.completedAt,
			row.score,
			row.answer
		])
	]);
	const filename = `${klass.name}-${assignment.moduleSlug}-${assignment.band}`
		.normalize('NFKD')
		.replace(/[^\w-]+/g, '-')
		.replace(/-+/g, '-');
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
