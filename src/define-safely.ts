import { VERSION } from './version.js';

/** Marks our classes with the version that defined them, across copies of the bundle. */
const KIT = Symbol.for('pbx-license-kit.version');

/** Registries already warned about: one warning each, however often defineElements runs. */
const warned = new WeakSet<CustomElementRegistry>();

/**
 * Defines the tags: a tag already defined is kept and never throws, by the same version of this
 * library (a second copy of a drop-in) silently, by anything else with one warning.
 */
export function defineSafely(elements: readonly [string, CustomElementConstructor][], registry: CustomElementRegistry = customElements): void {
  const kept: string[] = [];
  for (const [tag, ctor] of elements) {
    (ctor as unknown as Record<symbol, string>)[KIT] = VERSION;
    let existing = registry.get(tag);
    if (!existing) {
      try {
        registry.define(tag, ctor);
        continue;
      } catch {
        existing = registry.get(tag);
      }
    }
    if (existing === ctor) continue;
    const theirs = (existing as unknown as Record<symbol, string> | undefined)?.[KIT];
    if (theirs === VERSION) continue;
    kept.push(`<${tag}> (${theirs ? `pbx-license-kit ${theirs}` : 'defined by other code'})`);
  }
  if (kept.length && !warned.has(registry)) {
    warned.add(registry);
    console.warn(`pbx-license-kit ${VERSION}: keeping the existing definitions of ${kept.join(', ')}.`);
  }
}


/**
 * A drop-in loaded with a query string or hash (`…min.js?v=0.1.0`): its chunks import it by its
 * bare URL, so the browser would fetch and run it a second time. Says so once; load it without.
 */
export function warnIfQueried(url: string): void {
  if (/[?#]/.test(url)) console.warn(`pbx-license-kit: load ${url} by its plain URL: its chunks load that again.`);
}
