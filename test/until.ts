/**
 * Waits until `done()` holds: checked after every `interval` ms (on `win`'s timers, for a page in a
 * frame), for at most `timeout` ms, with `el.updateComplete` awaited after each wait when given.
 * Work that resolves in a later task (file.text(), a fetch, a chunk) takes longer on a busy
 * machine: a test waits for its outcome, then asserts it; on a timeout the assertion that follows
 * reports what was there instead.
 */
export async function until(
  done: () => boolean,
  { el, win = window, timeout = 2000, interval = 10 }: { el?: { updateComplete: Promise<unknown> }; win?: Window; timeout?: number; interval?: number } = {},
): Promise<void> {
  for (let waited = 0; waited < timeout && !done(); waited += interval) {
    await new Promise((r) => win.setTimeout(r, interval));
    await el?.updateComplete;
  }
}
