/**
 * The shape version every result of the core carries as `schemaVersion` (quote, version check,
 * upgrade, migration and warranty plans): raised only with a breaking change of the shape, and
 * then with a major release (see result-schemas.ts for the contract).
 */
export const RESULT_SCHEMA_VERSION = 1;
