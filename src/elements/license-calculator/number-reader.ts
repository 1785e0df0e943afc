import type { ParsedNumber } from '../shared/number-parser.js';
import { lazyModule } from '../shared/lazy-module.js';

/**
 * The locale's reader of typed counts (number-parser.ts: `1.000` in German, `1,000` in English,
 * ambiguous text refused): a chunk beside the drop-in, loaded right after the calculator's first
 * render, or before it where the markup's counts need it. Plain digits need no reader.
 */
export const numberReader = lazyModule(() => import('../shared/number-parser.js'));

// A server renders at once and has no first download to spare: it loads the reader right away.
if (typeof window === 'undefined') void numberReader.load();

/** A count as the form's locale reads it; null when the text needs the reader and it is not here yet. */
export function readCount(text: string, locale: string): ParsedNumber | null {
  const reader = numberReader.loaded;
  if (reader) return reader.parseLocaleNumber(text, locale);
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const plain = /^([+\-\u2212]?)\s*(\d+)$/.exec(trimmed);
  return plain ? { kind: 'number', value: plain[1] && plain[1] !== '+' ? -Number(plain[2]) : Number(plain[2]) } : null;
}
