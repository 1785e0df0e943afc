import fc from 'fast-check';

/** Values people and partner code feed in: the list, plus anything fast-check makes. */
export const hostileText = fc.oneof(
  fc.constantFrom('-1', 'NaN', 'Infinity', '-Infinity', '1e12', '1.5', '', ' ', '0x10', '１２', '12abc', '__proto__', 'constructor', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '=1+1', '@SUM(A1)', '\u0000', '💥'.repeat(50)),
  fc.string({ maxLength: 40 }),
  fc.double().map(String),
  fc.integer().map(String),
);

export const hostileValue = fc.oneof(
  fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY, 1e12, 1.5, '', null, undefined, [], {}, () => 1, Symbol('x') as unknown, 10n as unknown),
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
);

export function deepJson(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Collects uncaught errors and console errors while `fn` runs (and a tick after it). */
export async function watchErrors(fn: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(`console.error: ${args.map(String).join(' ')}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await new Promise((r) => setTimeout(r));
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/**
 * Renders a template into a fresh container in the page, without waiting for an animation frame:
 * open-wc's fixture() waits for one when the root is not a lit element, and a page the runner
 * keeps in the background (two test pages at a time) gets no frames, so it would wait forever.
 */
const mounted: HTMLElement[] = [];

export async function mount<T extends Element = HTMLElement>(template: unknown): Promise<T> {
  const { render } = await import('lit');
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const root = container.firstElementChild as T;
  for (const el of container.querySelectorAll('*')) await (el as { updateComplete?: Promise<unknown> }).updateComplete;
  return root;
}

/** Removes what mount() added (call it in afterEach). */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}
