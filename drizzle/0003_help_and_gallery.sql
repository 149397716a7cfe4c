ALTER TABLE `progress_events` ADD `hidden_at` integer;--> statement-breakpoint
ALTER TABLE `students` ADD `help_requested_at` integer;