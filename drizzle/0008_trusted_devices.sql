CREATE TABLE `trusted_devices` (
	`device_hash` text NOT NULL,
	`class_id` text NOT NULL,
	`trusted_at` integer NOT NULL,
	PRIMARY KEY(`device_hash`, `class_id`),
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
