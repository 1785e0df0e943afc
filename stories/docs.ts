/**
 * The docs pages' API tables, from custom-elements.json (written by `npm run analyze`): each
 * member once (by its attribute where it has one, as the controls set it; else by its property),
 * controls that fit its type (a select where the values are few, a number for a count, a toggle
 * for a boolean, none for what is read-only or set from script), then events, slots, parts, CSS
 * custom properties and methods.
 */
import { LANGS } from '../src/i18n/index.js';

interface Item {
  name: string;
  kind?: string;
  attribute?: string;
  fieldName?: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: string;
  inheritedFrom?: unknown;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

type Control = false | { type: 'select' | 'number' | 'boolean' | 'text' };

/** Attributes whose values are few: a select. */
const OPTIONS: Readonly<Record<string, readonly string[]>> = {
  lang: ['', ...LANGS],
  version: ['8', '9', '10', '11', '12', '13', '14'],
  release: ['r1', 'r2'],
  licensing: ['central', 'local'],
  'pbx-version': ['V10', 'V11', 'V12', '12r2', 'V13', 'V14'],
  'convert-to': ['', '12', '13', '14'],
};
/** Attributes that hold a count: a number. */
const NUMBERS = new Set(['users', 'trunks', 'valid-days']);

function control(attribute: string | undefined, item: Item): Control {
  if (!attribute || item.readonly) return false;
  if (OPTIONS[attribute]) return { type: 'select' };
  if (NUMBERS.has(attribute)) return { type: 'number' };
  if (item.type?.text === 'boolean') return { type: 'boolean' };
  return { type: 'text' };
}

const row = (name: string, category: string, item: Item, extra: Record<string, unknown> = {}) => ({
  name,
  description: [item.description ?? item.summary ?? '', item.readonly ? '(read-only)' : ''].filter(Boolean).join(' '),
  table: {
    category,
    ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
    ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
  },
  ...extra,
});

/** The argTypes of one element: what Storybook's docs tables and controls show. */
export function elementArgTypes(manifest: unknown, tagName: string): Record<string, unknown> {
  const declaration = ((manifest as Manifest).modules ?? []).flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  if (!declaration) return {};
  const out: Record<string, unknown> = {};
  const attributeOf = new Map((declaration.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName!, a.name]));
  const members = (declaration.members ?? []).filter((m) => !m.static && !m.privacy && !m.name.startsWith('#'));
  for (const m of members.filter((m) => m.kind === 'field')) {
    const attribute = m.attribute ?? attributeOf.get(m.name);
    const name = attribute ?? m.name;
    const c = control(attribute, m);
    const set = attribute ? `Attribute \`${attribute}\`, property \`${m.name}\`.` : m.readonly ? `Property \`${m.name}\`, read-only.` : `Property \`${m.name}\` (set from script).`;
    const options = attribute ? OPTIONS[attribute] : undefined;
    out[name] = row(name, 'properties', { ...m, readonly: false, description: `${m.description ?? ''} ${set}`.trim() }, { control: c, ...(options ? { options } : {}) });
  }
  out['lang'] = { name: 'lang', description: 'Language of the element (else the closest ancestor’s, else the page’s): en, de, it, nl, fr.', table: { category: 'properties', type: { summary: 'string' } }, control: control('lang', { name: 'lang' }), options: OPTIONS['lang'] };
  for (const e of declaration.events ?? []) out[`event:${e.name}`] = row(e.name, 'events', e, { control: false });
  for (const s of declaration.slots ?? []) out[`slot:${s.name}`] = row(s.name || '(default)', 'slots', s, { control: false });
  for (const p of declaration.cssParts ?? []) out[`part:${p.name}`] = row(p.name, 'css parts', p, { control: false });
  for (const p of declaration.cssProperties ?? []) out[`css:${p.name}`] = row(p.name, 'css custom properties', p, { control: false });
  for (const m of members.filter((m) => m.kind === 'method')) out[`method:${m.name}`] = row(`${m.name}()`, 'methods', m, { control: false });
  return out;
}

/**
 * "Show code" as a page would write it: no lit markers, no empty lines, and an element with
 * several attributes written one attribute a line.
 */
export function formatSource(code: string): string {
  const clean = code
    .replace(/<!--\?lit\$\d+\$-->|<!---->/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return clean.replace(/<([a-z][\w-]*)((?:\s+[\w.:@?-]+(?:="[^"]*")?){3,})\s*>/g, (_all, tag: string, attrs: string) => {
    const list = attrs.match(/[\w.:@?-]+(?:="[^"]*")?/g) ?? [];
    return `<${tag}\n${list.map((a) => `  ${a}`).join('\n')}\n>`;
  });
}

/**
 * The code of an example whose element gets properties from script: the markup, then a module
 * script setting them (as JSON), as a page writes it.
 */
export function scriptCode(tag: string, attributes: Record<string, string>, properties: Record<string, unknown>, extra = ''): { docs: { source: { code: string; language: string } } } {
  const attrs = Object.entries({ id: 'el', ...attributes }).map(([k, v]) => ` ${k}="${v}"`).join('');
  const sets = Object.entries(properties).map(([k, v]) => `  el.${k} = ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')};`);
  const code = `<${tag}${attrs}></${tag}>\n<script type="module">\n  const el = document.getElementById('el');\n${sets.join('\n')}${extra ? `\n  ${extra}` : ''}\n</script>`;
  return { docs: { source: { code, language: 'html' } } };
}
