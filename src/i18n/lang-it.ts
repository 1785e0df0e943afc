/** Italian, loaded on first use (a chunk of its own beside the drop-in). */
import { coreIt } from './it.js';
import { uiIt } from './ui-it.js';

export const catalogIt = { ...coreIt, ...uiIt };
