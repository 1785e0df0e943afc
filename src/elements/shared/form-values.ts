import type { FormInvalid } from './form-element.js';
import type { LocaleController, ShownIssue } from './locale-controller.js';

/** JSON text of any value a page may have set, or null for what JSON cannot hold (a BigInt, a cycle). */
export function toJson(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

/**
 * Form entries of JSON values: `{ [name]: value, [name + suffix]: value }`; undefined and null
 * values are left out, and no entry at all gives null (nothing submitted).
 */
export function jsonEntries(entries: Readonly<Record<string, unknown>>): FormData | null {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    const json = value === undefined || value === null ? null : toJson(value);
    if (json !== null) data.append(name, json);
  }
  return [...data.keys()].length ? data : null;
}

/**
 * The invalid state of an element with issues: the first issue's message (in the user's
 * language, naming its field) and the field to focus, found by the id the forms give it
 * (`path.join('-')`), else `fallback`.
 */
export function invalidAt(l: LocaleController, root: ParentNode, issues: readonly ShownIssue[], fallback: string): FormInvalid | null {
  const first = issues[0];
  if (!first) return null;
  const id = first.path.join('-');
  const field = (id ? root.querySelector(`#${CSS.escape(id)}`) : null) ?? root.querySelector(fallback);
  return { message: l.issueWithPath(first), anchor: field as HTMLElement | null };
}

/** An issue of a pasted line: "3: message", unless the message names its line itself (error.licenseLine). */
export function lineIssue(l: LocaleController, issue: ShownIssue): string {
  const at = issue.path[0];
  return `${typeof at === 'number' && !('line' in issue.params) ? `${at}: ` : ''}${l.issue(issue)}`;
}
