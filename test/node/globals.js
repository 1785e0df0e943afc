// Injected by scripts/test-core-node.mjs: mocha's globals, served by Node's own test runner.
export { after, afterEach, before, beforeEach, describe, it } from 'node:test';
