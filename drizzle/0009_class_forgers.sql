CREATE TABLE `class_forgers` (
	`class_id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`data` text NOT NULL,
	`iterations` integer NOT NULL,
	`weights` blob NOT NULL,
	`shared_at` integer NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
