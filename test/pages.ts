/** Pages of their own for the tests that load a drop-in as a page would. */

/** A blank same-origin page (an iframe) whose console.warn is recorded. */
export async function blankPage(): Promise<{ win: Window & typeof globalThis; doc: Document; warnings: string[]; done: () => void }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const warnings: string[] = [];
  win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { win, doc: frame.contentDocument!, warnings, done: () => frame.remove() };
}

/** Loads a script as `<script type="module" src>` in the page: resolves once it ran. */
export function load(doc: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    s.type = 'module';
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.append(s);
  });
}
