CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`module_slug` text NOT NULL,
	`band` text NOT NULL,
	`due_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_class_module_idx` ON `assignments` (`class_id`,`module_slug`,`band`);--> statement-breakpoint
CREATE TABLE `progress_events` (
	`student_id` text NOT NULL,
	`key` text NOT NULL,
	`context` text NOT NULL,
	`step` text,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`student_id`, `key`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `progress_events_context_idx` ON `progress_events` (`context`);