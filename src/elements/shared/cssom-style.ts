import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), never through a
 * `style` attribute: a page whose Content-Security-Policy has no `'unsafe-inline'` for styles
 * blocks style attributes (`style-src-attr`), including the one lit's `styleMap` writes on its
 * first render. Use it as an element binding: `<div ${cssom({ top: '32px' })}>`.
 */
class CssomStyleDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssom() is an element binding: <div ${cssom({...})}>');
  }

  render(_styles: Readonly<Record<string, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.applied) if (!(name in styles)) style.removeProperty(name);
    this.applied = new Set(Object.keys(styles));
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    return nothing;
  }
}

export const cssom = directive(CssomStyleDirective);
