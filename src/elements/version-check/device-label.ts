import type { DeviceHoldings } from '../../core/migration.js';
import type { LocaleController } from '../shared/locale-controller.js';

/** A device as the user knows it: "HQ (00-90-33-01-02-ab)" where the lots name it, else its serial. */
export function deviceLabel(l: LocaleController, devices: readonly DeviceHoldings[], serial: string): string {
  const name = devices.find((d) => d.serial === serial)?.name;
  return name === undefined ? serial : l.t('ui.migration.deviceLabel', { name, serial });
}
