CREATE TABLE `event_counts` (
	`event_id` text NOT NULL,
	`dimension` text NOT NULL,
	`day` integer NOT NULL,
	`value` text NOT NULL,
	`registrations` integer NOT NULL,
	`expected_students` integer NOT NULL,
	PRIMARY KEY(`event_id`, `dimension`, `day`, `value`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_registrations_user_idx` ON `event_registrations` (`user_id`,`event_id`,`created_at`);--> statement-breakpoint
INSERT INTO `event_counts` (`event_id`, `dimension`, `day`, `value`, `registrations`, `expected_students`)
SELECT `event_id`, 'country', `created_at` / 86400000, `country`, count(*), sum(`expected_students`)
FROM `event_registrations` GROUP BY `event_id`, `created_at` / 86400000, `country`;
--> statement-breakpoint
INSERT INTO `event_counts` (`event_id`, `dimension`, `day`, `value`, `registrations`, `expected_students`)
SELECT `event_id`, 'role', `created_at` / 86400000, `role`, count(*), sum(`expected_students`)
FROM `event_registrations` GROUP BY `event_id`, `created_at` / 86400000, `role`;
--> statement-breakpoint
INSERT INTO `event_counts` (`event_id`, `dimension`, `day`, `value`, `registrations`, `expected_students`)
SELECT `event_id`, 'band', `created_at` / 86400000, '3-5', count(*), sum(`expected_students`)
FROM `event_registrations` WHERE (';' || `grade_bands` || ';') LIKE '%;3-5;%' GROUP BY `event_id`, `created_at` / 86400000;
--> statement-breakpoint
INSERT INTO `event_counts` (`event_id`, `dimension`, `day`, `value`, `registrations`, `expected_students`)
SELECT `event_id`, 'band', `created_at` / 86400000, '6-8', count(*), sum(`expected_students`)
FROM `event_registrations` WHERE (';' || `grade_bands` || ';') LIKE '%;6-8;%' GROUP BY `event_id`, `created_at` / 86400000;
--> statement-breakpoint
INSERT INTO `event_counts` (`event_id`, `dimension`, `day`, `value`, `registrations`, `expected_students`)
SELECT `event_id`, 'band', `created_at` / 86400000, '9-12', count(*), sum(`expected_students`)
FROM `event_registrations` WHERE (';' || `grade_bands` || ';') LIKE '%;9-12;%' GROUP BY `event_id`, `created_at` / 86400000;
