// Stands in for @open-wc/testing when the core tests run in plain Node: the same chai `expect`.
export { expect } from '@esm-bundle/chai';
