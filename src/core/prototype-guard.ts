/**
 * A page may carry enumerable properties on `Object.prototype` or `Array.prototype` (legacy
 * libraries, `Object.prototype.x = …`). zod walks objects with `for…in` (zod 4.6's `members()`
 * while building a schema, and object parsing), so such a property crashes the schemas' module
 * on load and makes every object "have" an unknown key. While zod runs, those properties are made
 * non-enumerable and then restored exactly as they were: JavaScript runs this synchronously, so
 * no code of the page observes the difference.
 */
const PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype];
const NOTHING_TO_RESTORE = () => {};

/** Hides the enumerable properties of the built-in prototypes; returns the function that restores them. */
export function hidePrototypeKeys(): () => void {
  let hidden: [object, string, PropertyDescriptor][] | null = null;
  for (const proto of PROTOTYPES) {
    // for…in over a clean prototype visits nothing: the common case costs no allocation.
    for (const key in proto) {
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      if (!desc || !desc.enumerable || !desc.configurable) continue;
      (hidden ??= []).push([proto, key, desc]);
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    }
  }
  return hidden === null
    ? NOTHING_TO_RESTORE
    : () => {
        for (const [proto, key, desc] of hidden!) Object.defineProperty(proto, key, desc);
      };
}

/** Runs `fn` with the built-in prototypes' enumerable properties hidden. */
export function withCleanPrototypes<T>(fn: () => T): T {
  const restore = hidePrototypeKeys();
  try {
    return fn();
  } finally {
    restore();
  }
}

/**
 * Builds a schema with the built-in prototypes' enumerable properties hidden (zod walks objects
 * with for…in while it builds one). Marked free of side effects so that a bundler drops a schema
 * nothing uses: zod's chained `.check()` calls would otherwise keep every schema of a module in
 * every bundle that imports one of them.
 */
/* @__NO_SIDE_EFFECTS__ */
export function cleanly<T>(build: () => T): T {
  return withCleanPrototypes(build);
}
