import { echo } from './errors.js';
import type { MessageKey } from './messages.js';

// A small XML reader for license lists (issue 26): elements, their attributes and their lines,
// read without evaluating anything. No DTD (a DOCTYPE is refused as soon as it is seen, so a
// billion-laughs document costs nothing), no entities but the five predefined ones and character
// numbers, no external anything. Text content (a license's signature) is checked, not kept.
// One pass over the text: a 10,000-line license file reads in milliseconds.

export interface XmlElement {
  readonly name: string;
  /** Attribute values with their references resolved (a Map: `__proto__` is a name like any). */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The line (1-based) its start tag begins on. */
  readonly line: number;
}

export interface XmlIssue {
  readonly line: number;
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export type XmlRead = { readonly root: XmlElement } | { readonly issue: XmlIssue };

/** Deepest nesting read (a license file has two levels, a device's admin page a handful). */
export const MAX_XML_DEPTH = 32;

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_:][\w.:-]*)\s*>/y;
const PREDEFINED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z_][\w.-]{0,30}))?;?/y;

class Failure {
  constructor(readonly issue: XmlIssue) {}
}

/**
 * Reads `text` as one XML document: its root element with every descendant element. Refuses (an
 * issue with its line) a DOCTYPE, an entity that is not predefined, a document nested deeper than
 * MAX_XML_DEPTH or with more than `maxElements` elements, and anything not well-formed.
 */
export function readXml(text: string, maxElements: number): XmlRead {
  let counted = 0;
  let line = 1;
  const lineOf = (index: number): number => {
    for (; counted < index; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  const fail = (at: number, key: MessageKey, params: Record<string, string | number> = {}): never => {
    throw new Failure({ line: lineOf(at), key, params });
  };
  const malformed = (at: number): never =>
    fail(at, 'error.xmlMalformed', {
      text: echo(text.slice(at, at + 40).replace(/\s+/g, ' ')),
    });

  /** Resolves the references of a text or attribute value; refuses the others. */
  const resolve = (value: string, at: number): string => {
    if (!value.includes('&')) return value;
    let out = '';
    let from = 0;
    for (let amp = value.indexOf('&'); amp >= 0; amp = value.indexOf('&', from)) {
      out += value.slice(from, amp);
      REFERENCE.lastIndex = amp;
      const m = REFERENCE.exec(value)!;
      if (!m[0].endsWith(';'))
        fail(at, 'error.xmlEntity', {
          name: echo(m[3] ?? value.slice(amp + 1, amp + 12)),
        });
      if (m[3] !== undefined) {
        const char = PREDEFINED[m[3]];
        if (char === undefined) fail(at, 'error.xmlEntity', { name: echo(m[3]) });
        out += char;
      } else {
        const code = m[1] !== undefined ? parseInt(m[1], 16) : m[2] !== undefined ? Number(m[2]) : -1;
        if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) malformed(at + amp);
        out += String.fromCodePoint(code);
      }
      from = amp + m[0].length;
    }
    return out + value.slice(from);
  };

  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let elements = 0;
  let pos = 0;
  // The next '&' of the text, looked for once per reference, not once per piece of text.
  let amp = text.indexOf('&');
  try {
    while (pos < text.length) {
      const lt = text.indexOf('<', pos);
      const to = lt < 0 ? text.length : lt;
      if (stack.length === 0) {
        const between = text.slice(pos, to);
        if (between.trim()) malformed(pos + between.search(/\S/));
      } else {
        while (amp >= 0 && amp < pos) amp = text.indexOf('&', pos);
        if (amp >= 0 && amp < to) resolve(text.slice(pos, to), pos);
      }
      if (lt < 0) break;
      if (text.startsWith('<?', lt)) {
        const end = text.indexOf('?>', lt + 2);
        if (end < 0) malformed(lt);
        pos = end + 2;
      } else if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) malformed(lt);
        pos = end + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0 || stack.length === 0) malformed(lt);
        pos = end + 3;
      } else if (text.startsWith('<!', lt)) {
        if (/^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) fail(lt, 'error.xmlDoctype');
        malformed(lt);
      } else if (text.startsWith('</', lt)) {
        END_TAG.lastIndex = lt;
        const m = END_TAG.exec(text);
        const open = stack.pop();
        if (!m || !open || m[1] !== open.name) malformed(lt);
        pos = END_TAG.lastIndex;
      } else {
        NAME.lastIndex = lt + 1;
        const name = NAME.exec(text)?.[0];
        if (name === undefined) malformed(lt);
        let at = NAME.lastIndex;
        const attributes = new Map<string, string>();
        for (;;) {
          ATTRIBUTE.lastIndex = at;
          const a = ATTRIBUTE.exec(text);
          if (!a) break;
          if (attributes.has(a[1]!)) malformed(at);
          attributes.set(a[1]!, resolve(a[2] ?? a[3]!, lt));
          at = ATTRIBUTE.lastIndex;
        }
        TAG_END.lastIndex = at;
        const end = TAG_END.exec(text);
        if (!end) malformed(lt);
        const element: XmlElement = {
          name: name!,
          attributes,
          children: [],
          line: lineOf(lt),
        };
        if (++elements > maxElements) fail(lt, 'error.tooMany', { maximum: maxElements });
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else if (root) malformed(lt);
        else root = element;
        if (!end![1]) {
          stack.push(element);
          if (stack.length > MAX_XML_DEPTH) fail(lt, 'error.tooDeep', { maximum: MAX_XML_DEPTH });
        }
        pos = TAG_END.lastIndex;
      }
    }
    if (stack.length)
      fail(text.length, 'error.xmlUnclosed', {
        tag: echo(stack[stack.length - 1]!.name),
      });
    if (!root) malformed(0);
  } catch (e) {
    if (e instanceof Failure) return { issue: e.issue };
    throw e;
  }
  return { root: root! };
}
