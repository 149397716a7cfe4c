ALTER TABLE `event_registrations` ADD `forget_token_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `event_registrations_forget_idx` ON `event_registrations` (`forget_token_hash`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `attempts` integer DEFAULT 0 NOT NULL;