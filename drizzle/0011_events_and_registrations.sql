CREATE TABLE `event_registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`email_key` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`organisation` text NOT NULL,
	`country` text NOT NULL,
	`region` text NOT NULL,
	`grade_bands` text NOT NULL,
	`expected_students` integer NOT NULL,
	`language` text NOT NULL,
	`consent_at` integer,
	`user_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_registrations_email_idx` ON `event_registrations` (`event_id`,`email_key`);--> statement-breakpoint
CREATE INDEX `event_registrations_country_idx` ON `event_registrations` (`event_id`,`country`);--> statement-breakpoint
CREATE INDEX `event_registrations_created_idx` ON `event_registrations` (`event_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`day` text NOT NULL,
	`time_zone` text NOT NULL,
	`goal` integer NOT NULL,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);