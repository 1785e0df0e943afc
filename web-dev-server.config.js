// @ts-check
// `npm run demo`: serves the repository so demo/index.html loads dist/pbx-license-kit.min.js,
// under the same strict Content-Security-Policy the tests check.
import { demoCsp } from './scripts/csp.js';

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: '.',
  port: 8000,
  hostname: '127.0.0.1',
  middleware: [demoCsp],
};
