/** Dutch, loaded on first use (a chunk of its own beside the drop-in). */
import { coreNl } from './nl.js';
import { uiNl } from './ui-nl.js';

export const catalogNl = { ...coreNl, ...uiNl };
