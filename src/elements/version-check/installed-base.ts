/**
 * The installed-base part of the version check: the upgrade and migration planners and their
 * views. A chunk of its own, loaded when the first licences are checked (see loadInstalledBase),
 * so a page whose version check is still empty does not download it.
 */
export { planMigration } from '../../core/migration.js';
export { planUpgrade } from '../../core/upgrade.js';
export { renderMigration } from './migration-view.js';
export { renderUpgrade } from './upgrade-view.js';
