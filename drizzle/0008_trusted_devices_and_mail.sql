CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`sent_at` integer,
	`error` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_created_idx` ON `outbox` (`created_at`);--> statement-breakpoint
CREATE TABLE `signup_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`country` text NOT NULL,
	`school` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `signup_requests_email_idx` ON `signup_requests` (`email`);--> statement-breakpoint
CREATE INDEX `signup_requests_expires_idx` ON `signup_requests` (`expires_at`);--> statement-breakpoint
CREATE TABLE `trusted_devices` (
	`device_hash` text NOT NULL,
	`class_id` text NOT NULL,
	`trusted_at` integer NOT NULL,
	PRIMARY KEY(`device_hash`, `class_id`),
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `trusted_logins` (
	`device_hash` text NOT NULL,
	`user_id` text NOT NULL,
	`trusted_at` integer NOT NULL,
	PRIMARY KEY(`device_hash`, `user_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
