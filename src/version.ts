/** This library's version (package.json's; scripts/node-smoke.mjs checks they agree). */
export const VERSION = '0.1.0';
