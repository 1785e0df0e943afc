/** French, loaded on first use (a chunk of its own beside the drop-in). */
import { coreFr } from './fr.js';
import { uiFr } from './ui-fr.js';

export const catalogFr = { ...coreFr, ...uiFr };
