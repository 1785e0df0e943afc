// @ts-check
/** The strict policy the demo page is tested under (and served with by `npm run demo`). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Styles too: the elements use constructable stylesheets and CSSOM, never inline style text.
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * Dev-server middleware: the demo pages get the strict policy.
 * @type {import('@web/dev-server-core').Middleware}
 */
export async function demoCsp(ctx, next) {
  await next();
  if (ctx.path === '/demo/' || /^\/demo\/[^/]*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * Dev-server middleware for the fallback tests: `/broken-chunks/<path>` serves `<path>`, except
 * the chunks of the languages other than English, the calculator's chunk loaded after its first
 * render, its link writer, price reader and number reader, the balance table's key reader and the version check's paste reader (list-reader-, issue 26) and plans, which
 * fail as on a CDN that lost them.
 * @type {import('@web/dev-server-core').Middleware}
 */
export async function brokenChunks(ctx, next) {
  if (!ctx.path.startsWith('/broken-chunks/')) return next();
  if (/\/chunks\/(lang-(?!en-)|later-|link-writer-|price-reader-|number-parser-|license-keys-|license-lines-|list-reader-|installed-base-)[^/]*$/.test(ctx.path)) {
    ctx.status = 404;
    ctx.body = 'not found';
    return;
  }
  ctx.path = ctx.path.slice('/broken-chunks'.length);
  return next();
}
