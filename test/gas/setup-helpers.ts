// Shared set-up for the setup command tests: a fake with the dialog registered, and a few readers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGasFake, type GasFake, type FakeSheet } from '../fakes/gas';

export const SETUP_HTML = readFileSync(join(__dirname, '..', '..', 'src', 'ui', 'setup.html'), 'utf8');

export function setupFake(): GasFake {
  const fake = createGasFake();
  fake.install();
  fake.addHtmlFile('setup', SETUP_HTML);
  return fake;
}

/** Everything a cell holds that setup must not change, read without counting calls. */
export function snapshot(fake: GasFake, sheet: FakeSheet) {
  return fake.uncounted(() => {
    const range = sheet.getDataRange();
    return { values: range.getValues(), formulas: range.getFormulas(), notes: range.getNotes() };
  });
}

export const rowsOf = (n: number, width: number, f: (r: number, c: number) => unknown): unknown[][] =>
  Array.from({ length: n }, (_, r) => Array.from({ length: width }, (_, c) => f(r, c)));
