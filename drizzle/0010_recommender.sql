CREATE TABLE `recommender_likes` (
	`student_id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`likes` text NOT NULL,
	`dislikes` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `recommender_likes_class_idx` ON `recommender_likes` (`class_id`);--> statement-breakpoint
CREATE TABLE `recommender_votes` (
	`student_id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`design_student_id` text NOT NULL,
	`design_key` text NOT NULL,
	`voted_at` integer NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`design_student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `recommender_votes_class_idx` ON `recommender_votes` (`class_id`);