// @ts-check
/**
 * Dev-server middleware for the tests of late chunks, as on a slow network or CDN:
 * `/late-chunks/<ms>/<pattern>/<path>` serves `<path>`, and holds back for `<ms>` (at most 10 s)
 * each file whose name contains `<pattern>` (`/late-chunks/600/lang-fr-/dist/drop-in/…` delays
 * the French chunks a drop-in loads beside itself). The prefix makes every such page's URLs its
 * own, so no other test page's cached copy answers for a late one.
 * @type {import('@web/dev-server-core').Middleware}
 */
export async function slowChunks(ctx, next) {
  const late = /^\/late-chunks\/(\d+)\/([^/]+)(\/.*)$/.exec(ctx.path);
  if (!late) return next();
  const [, ms, pattern, path] = late;
  if (path.slice(path.lastIndexOf('/')).includes(pattern)) await new Promise((r) => setTimeout(r, Math.min(Number(ms), 10_000)));
  ctx.path = path;
  return next();
}
