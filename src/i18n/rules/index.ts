/**
 * The rule reference: one sentence per rule ID in en, de, it, nl and fr. Loaded on first use (the
 * elements import it dynamically), so the summaries do not weigh on the first download.
 */
import { rulesDe } from './de.js';
import { rulesEn, type RuleId } from './en.js';
import { rulesFr } from './fr.js';
import { rulesIt } from './it.js';
import { rulesNl } from './nl.js';

export type { RuleId };
type Lang = 'en' | 'de' | 'it' | 'nl' | 'fr';

const RULES: Readonly<Record<Lang, Readonly<Record<RuleId, string>>>> = { en: rulesEn, de: rulesDe, it: rulesIt, nl: rulesNl, fr: rulesFr };

export const RULE_IDS = Object.keys(rulesEn) as RuleId[];

/** The rule's one-sentence summary in the language (en when it has none), or undefined for an unknown ID. */
export function ruleSummary(lang: string, id: string): string | undefined {
  const table = RULES[(lang in RULES ? lang : 'en') as 'en'];
  return Object.hasOwn(table, id) ? table[id as RuleId] : undefined;
}
