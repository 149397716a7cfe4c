CREATE TABLE `training_materials` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`title` text NOT NULL,
	`url` text,
	`file_name` text,
	`content_type` text,
	`content` blob,
	`bytes` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `training_materials_session_idx` ON `training_materials` (`session_id`);--> statement-breakpoint
CREATE TABLE `training_notices` (
	`seat_id` text NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`seat_id`, `kind`, `version`),
	FOREIGN KEY (`seat_id`) REFERENCES `training_seats`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `training_seats` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`user_id` text NOT NULL,
	`status` text NOT NULL,
	`queue` integer NOT NULL,
	`offer_expires_at` integer,
	`seated_at` integer,
	`locale` text NOT NULL,
	`attended_at` integer,
	`attendance_by` text,
	`certificate_code` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_seats_certificate_code_unique` ON `training_seats` (`certificate_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `training_seats_session_user_idx` ON `training_seats` (`session_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `training_seats_queue_idx` ON `training_seats` (`session_id`,`status`,`queue`);--> statement-breakpoint
CREATE INDEX `training_seats_user_idx` ON `training_seats` (`user_id`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`facilitator` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`capacity` integer NOT NULL,
	`online_url` text,
	`place` text,
	`language` text NOT NULL,
	`band` text,
	`claim_minutes` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`check_in_code` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_sessions_uid_unique` ON `training_sessions` (`uid`);--> statement-breakpoint
CREATE INDEX `training_sessions_starts_idx` ON `training_sessions` (`starts_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `time_zone` text;