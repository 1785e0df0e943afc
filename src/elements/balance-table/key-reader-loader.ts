import { lazyModule } from '../shared/lazy-module.js';
import type { Lang } from '../../i18n/index.js';

/**
 * The balance's key reader (license-keys.ts: the core's reader of license keys, the content of
 * "Add license keys"): a chunk, loaded after the first render.
 */
export const keyReader = lazyModule(() => import('./license-keys.js'));

/**
 * Loads the balance's key reader, and its project switch with the switch's messages in English
 * and the languages given (issue 26: a pool whose keys name projects shows it): a server
 * rendering the balance table awaits it first, as it awaits the languages, so that the hydrating
 * client finds the same HTML. Never rejects: without the chunk "Add license keys" says it could
 * not be loaded, and without the switch's the table shows the company pool.
 */
export async function loadKeyReader(...langs: Lang[]): Promise<void> {
  await (await keyReader.load())?.loadProjectSwitch(langs);
}
