import type { IssuePath } from '../../core/errors.js';
import type { AnyKey } from '../../i18n/index.js';

/**
 * An element's own words for the fields of its input, where they differ from `ui.<field>`:
 * `field`, or `list/field` for a field of a list's items (`userGroups/name`).
 */
export type FieldLabels = Readonly<Record<string, AnyKey>>;

/**
 * A field's path in the words of the form, in the user's language: `['pbxs', 0, 'name']` is
 * "PBX 1 Name", `['pbxs', 1, 'userGroups', 0, 'count']` "PBX 2 User groups 1 Users". A part is
 * named by `labels`, else by the message `ui.<part>` where the element has one, else stays as
 * written.
 */
export function describePath(path: IssuePath, labels: FieldLabels, t: (key: AnyKey) => string, has: (key: AnyKey) => boolean): string {
  const words: string[] = [];
  let list = '';
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (typeof part === 'number') {
      words.push(String(part + 1));
      continue;
    }
    const key = labels[`${list}/${part}`] ?? labels[part] ?? (`ui.${part}` as AnyKey);
    words.push(has(key) ? t(key) : part);
    if (typeof path[i + 1] === 'number') list = part;
  }
  return words.join(' ');
}
