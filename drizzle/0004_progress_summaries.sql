CREATE TABLE `lesson_progress` (
	`student_id` text NOT NULL,
	`context` text NOT NULL,
	`started_at` integer NOT NULL,
	`score_correct` integer,
	`score_total` integer,
	`scored_at` integer,
	PRIMARY KEY(`student_id`, `context`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `step_completions` (
	`student_id` text NOT NULL,
	`context` text NOT NULL,
	`step` text NOT NULL,
	`completed_at` integer NOT NULL,
	PRIMARY KEY(`student_id`, `context`, `step`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Backfill the summaries from the events already stored (written by hand, not generated).
INSERT INTO `lesson_progress` (`student_id`, `context`, `started_at`)
SELECT `student_id`, `context`, min(`at`) FROM `progress_events` GROUP BY `student_id`, `context`;
--> statement-breakpoint
UPDATE `lesson_progress` SET (`score_correct`, `score_total`, `scored_at`) = (
	SELECT json_extract(`payload`, '$.correct'), json_extract(`payload`, '$.total'), `at`
	FROM `progress_events` AS e
	WHERE e.`student_id` = `lesson_progress`.`student_id` AND e.`context` = `lesson_progress`.`context`
		AND e.`type` = 'score'
	ORDER BY e.`at` DESC LIMIT 1
);
--> statement-breakpoint
INSERT OR IGNORE INTO `step_completions` (`student_id`, `context`, `step`, `completed_at`)
SELECT `student_id`, `context`, json_extract(`payload`, '$.step'), min(`at`) FROM `progress_events`
WHERE `type` = 'step-completed' AND json_extract(`payload`, '$.step') IS NOT NULL
GROUP BY `student_id`, `context`, json_extract(`payload`, '$.step');
