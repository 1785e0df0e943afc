import type { MessageKey } from './messages.js';

export type IssuePath = readonly (string | number)[];

/** One bad field of an input: where it is, and which message explains it. */
export interface InputIssue {
  readonly path: IssuePath;
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Raised by every core function for input it cannot accept. Never anything else for bad input. */
export class LicenseInputError extends Error {
  override readonly name = 'LicenseInputError';
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(describeIssues(issues));
    this.issues = issues;
  }
}

/** Longest piece of user text echoed in a message, so hostile input cannot flood a page. */
export const ECHO_LIMIT = 60;

export function echo(text: string): string {
  return text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text;
}

function describeIssues(issues: readonly InputIssue[]): string {
  const first = issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(input)'}: ${i.key}${Object.keys(i.params).length ? ` ${JSON.stringify(i.params)}` : ''}`);
  const more = issues.length > 5 ? ` (+${issues.length - 5} more)` : '';
  return `Invalid input: ${first.join('; ')}${more}`;
}
