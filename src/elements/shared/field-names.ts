import type { IssuePath } from '../../core/errors.js';
import { CATALOGS, type AnyKey } from '../../i18n/index.js';

/** The form's own label of a scenario field, where it has one (`users` -> `ui.users`). */
const FIELD_KEYS: Readonly<Record<string, AnyKey>> = {
  name: 'ui.pbx.name',
  version: 'ui.version',
  release: 'ui.release',
  licensing: 'ui.licensing',
  platform: 'ui.platform',
  gateway: 'ui.gateway',
  count: 'ui.group.count',
};

function fieldLabel(field: string, t: (key: AnyKey) => string, group: boolean): string {
  if (group && field === 'name') return t('ui.group.name');
  const key = FIELD_KEYS[field] ?? (`ui.${field}` as AnyKey);
  return key in CATALOGS.en! ? t(key) : field;
}

/**
 * A field's path in the words of the form, in the user's language: `['pbxs', 0, 'name']` is
 * "PBX 1 Name", `['pbxs', 1, 'userGroups', 0, 'count']` "PBX 2 User groups 1 Users". Parts the
 * form has no label for stay as written.
 */
export function describePath(path: IssuePath, t: (key: AnyKey) => string): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const next = path[i + 1];
    if (part === 'pbxs' && typeof next === 'number') {
      words.push(`${t('ui.pbx')} ${next + 1}`);
      i++;
    } else if (part === 'userGroups' && typeof next === 'number') {
      words.push(`${t('ui.userGroups')} ${next + 1}`);
      i++;
    } else if (typeof part === 'number') {
      words.push(String(part + 1));
    } else {
      words.push(fieldLabel(part, t, path.includes('userGroups')));
    }
  }
  return words.join(' ');
}
