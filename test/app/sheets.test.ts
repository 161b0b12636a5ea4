// Sinergi's own sheets are recognised whatever the case, since Sheets looks sheets up by name ignoring case.
import { isOwnSheet, SHEETS } from '../../src/app/sheets';

test('own sheets, in any case; user sheets are not', () => {
  expect(isOwnSheet(SHEETS.findings)).toBe(true);
  expect(isOwnSheet('sinergi temuan')).toBe(true);
  expect(isOwnSheet('_SINERGI_TANDA')).toBe(true);
  expect(isOwnSheet('Penerima PKH')).toBe(false);
});
