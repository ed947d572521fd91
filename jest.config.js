/** Unit and engine-level tests: TypeScript through ts-jest, the emulator in plain JavaScript. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }],
	},
	testTimeout: 30000,
	maxWorkers: 2,
	globalSetup: '<rootDir>/test/coverage/global-setup.js',
	globalTeardown: '<rootDir>/test/coverage/global-teardown.js',
};
