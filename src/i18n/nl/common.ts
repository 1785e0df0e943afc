import type { commonEn } from '../en/common.js';

/**
 * Nederlands: termen van het innovaphone licentiemodel V12r2 (poort-licentie, gebruikerslicentie …).
 *
 * The messages shared by the three elements: severities, the price columns, loading (their input
 * errors are in errors.ts).
 */
export const commonNl = {
  'notice.reportingNeeds10SR12': '{pbx}: de Reporting waarop Voice Recording steunt vereist versie 10 SR12 of hoger.',
  'notice.priceMissing': 'De prijslijst heeft geen prijs voor {code}: het totaal is onvolledig.',
  'ui.notLoaded': 'Dit kon niet worden geladen: controleer de verbinding en probeer het opnieuw.',
  'ui.loading': 'Wordt nog geladen: probeer het zo dadelijk opnieuw.',
  'notice.ssaEndingSoon': 'De SSA van {count, plural, one {de # {code}-licentie} other {de # {code}-licenties}} eindigt op {ssaUntil} (over {days, plural, one {# dag} other {# dagen}}): verleng hem voor hij afloopt, zonder toeslag.',
  'ui.col.code': 'Licentietype',
  'ui.col.quantity': 'Aantal',
  'ui.col.reason': 'Reden',
  'ui.col.unitPrice': 'Stukprijs',
  'ui.col.lineTotal': 'Totaal',
  'ui.total': 'Totaal',
  'ui.total.incomplete': 'Totaal (onvolledig)',
  'ui.severity.error': 'Fout',
  'ui.severity.warning': 'Waarschuwing',
  'ui.severity.info': 'Opmerking',
  'ui.meta.customer': 'Klant',
} satisfies Record<keyof typeof commonEn, string>;
