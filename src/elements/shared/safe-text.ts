/**
 * Any value a page may assign to a property, as text, without throwing: a Symbol, an object
 * whose toString throws, or a null-prototype object become '' rather than an exception in render.
 */
export function safeText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}

/**
 * A property's attribute converter that never throws: lit reflects a property to its attribute
 * with an implicit string conversion, which throws for a Symbol or a null-prototype object.
 */
export const textAttribute = {
  fromAttribute: (value: string | null): string | null => value,
  toAttribute: (value: unknown): string | null => (value === undefined || value === null ? null : safeText(value)),
};
