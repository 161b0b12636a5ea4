// Sheets calls of a consolidation-shaped run grow with the number of sources, never with their rows.
import { SheetsMaster } from '../../src/gas/sync-master';
import { SheetsSourceOpener } from '../../src/gas/sync-open';
import { createGasFake } from '../fakes/gas';
import { gas, urlOf } from './sync-helpers';

function run(sources: number, rows: number): { calls: number; staged: number } {
  const fake = createGasFake();
  fake.install();
  try {
    const master = fake.createSpreadsheet('TKPP');
    const refs: string[] = [];
    for (let s = 0; s < sources; s++) {
      const grid: unknown[][] = [['NIK', 'Nama', 'Kelurahan', 'Program']];
      for (let r = 0; r < rows; r++)
        grid.push([`1275${String(s).padStart(2, '0')}${String(r).padStart(10, '0')}`, `Warga ${r}`, 'Tanah Tinggi', 'PKH']);
      const ss = fake.createSpreadsheet(`OPD ${s}`, { Penerima: grid });
      refs.push(s % 2 ? urlOf(fake, ss) : fake.uncounted(() => ss.getId()));
    }
    fake.calls.reset();
    const m = new SheetsMaster(gas(master));
    const opener = new SheetsSourceOpener();
    m.resetStaging('beneficiary', ['NIK', 'Nama', 'Kelurahan', 'Program', 'Sumber', 'Baris']);
    for (const ref of refs) {
      const wb = opener.open(ref);
      for (const name of wb.sheetNames()) {
        const data = wb.readSheet(name);
        m.appendStaging(
          'beneficiary',
          data.values.slice(1).map((r, i) => [...(r as (string | number)[]), wb.id, i + 2]),
        );
      }
    }
    m.swapStaging('beneficiary');
    const calls = fake.calls.total();
    return { calls, staged: fake.uncounted(() => m.readConsolidated('beneficiary').length - 1) };
  } finally {
    fake.uninstall();
  }
}

test('40 sources x 100 rows and 40 sources x 5,000 rows take the same number of Sheets calls', () => {
  const small = run(40, 100);
  const large = run(40, 5000);
  expect(small.staged).toBe(4000);
  expect(large.staged).toBe(200000);
  expect(large.calls).toBe(small.calls);
  // Per source: open, id, name, sheets, sheet name, data range, values, formats, grow check, setValues...: a few, not per row.
  expect(small.calls).toBeLessThan(40 * 15);
}, 60000);
