import { defineConfig } from 'vitest/config';

// The research scripts run through Vitest only because it resolves TensorFlow.js's ES modules
// (with its gradients) in Node; they are not part of `npm test`.
export default defineConfig({
	resolve: { mainFields: ['module', 'main'] },
	test: {
		include: ['bench/research/*.research.ts'],
		environment: 'node',
		testTimeout: 3_600_000,
		server: { deps: { inline: [/@tensorflow/] } },
		pool: 'forks'
	}
});
