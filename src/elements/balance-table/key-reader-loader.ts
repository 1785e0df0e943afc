import { lazyModule } from '../shared/lazy-module.js';

/**
 * The balance's key reader (license-keys.ts: the core's reader of license keys, the content of
 * "Add license keys"): a chunk, loaded after the first render.
 */
export const keyReader = lazyModule(() => import('./license-keys.js'));

/**
 * Loads the balance's key reader: a server rendering the balance table awaits it first, as it
 * awaits the languages, so that the hydrating client finds the same HTML. Never rejects: without
 * the chunk "Add license keys" says it could not be loaded.
 */
export async function loadKeyReader(): Promise<void> {
  await keyReader.load();
}
