/**
 * The calculator's JSON files: the scenario and its quote offered for download, and a scenario
 * file the user imports. Part of the chunk loaded after the first render (later.ts).
 */
import type { Quote } from '../../core/calculator.js';
import type { ScenarioInput } from '../../core/scenario-schemas.js';
import { MAX_SCENARIO_TEXT, readScenarioJson } from '../../core/scenario-io.js';
import type { LocaleController } from '../shared/locale-controller.js';

/** The scenario and its quote; the prices are in the quote's lines, not in the scenario (files never carry prices). */
export function quoteJson(scenario: ScenarioInput | undefined, quote: Quote | null): string {
  const { prices: _prices, ...rest } = scenario ?? ({} as ScenarioInput);
  return JSON.stringify({ scenario: rest, quote }, null, 2);
}

/**
 * A scenario file the user picked: what to say about it, and the scenario when it could be read
 * (its prices dropped by the core). Null when no file was picked.
 */
export async function readScenarioFile(e: Event, l: LocaleController): Promise<{ message: { ok: boolean; text: string }; scenario?: ScenarioInput } | null> {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  const t = l.t.bind(l);
  // A file too large is refused before it is read into memory.
  if (file.size > MAX_SCENARIO_TEXT) return { message: { ok: false, text: t('ui.import.failed', { reason: t('error.tooLong', { maximum: MAX_SCENARIO_TEXT }) }) } };
  const r = readScenarioJson(await file.text());
  if (!r.ok) return { message: { ok: false, text: t('ui.import.failed', { reason: l.issueWithPath(r.issues[0]!) }) } };
  const done = t('ui.import.done', { file: file.name.slice(0, 80) });
  return { message: { ok: true, text: r.pricesIgnored ? `${done} ${t('ui.pricesIgnored.file')}` : done }, scenario: r.value };
}
