/** German, loaded on first use (a chunk of its own beside the drop-in). */
import { coreDe } from './de.js';
import { uiDe } from './ui-de.js';

export const catalogDe = { ...coreDe, ...uiDe };
