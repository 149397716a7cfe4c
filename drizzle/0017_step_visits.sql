CREATE TABLE `step_visits` (
	`student_id` text NOT NULL,
	`context` text NOT NULL,
	`step` text NOT NULL,
	`first_at` integer NOT NULL,
	PRIMARY KEY(`student_id`, `context`, `step`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT OR IGNORE INTO `step_visits` (`student_id`, `context`, `step`, `first_at`)
SELECT `student_id`, `context`, `step`, min(`at`) FROM `progress_events`
WHERE `step` IS NOT NULL
GROUP BY `student_id`, `context`, `step`;
