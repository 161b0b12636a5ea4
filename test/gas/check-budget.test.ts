// The call budget: every check command makes the same Sheets calls for a register of 100 rows as for one of 50,000.
import { createGasFake, type GasFake } from '../fakes/gas';
import { RENJA_SHEET } from '../fixtures/sheets';
import { menuCheckAll, menuCheckSheet, menuClearMarks, onEdit } from '../../src/gas/commands/check';
import { SHEETS } from '../../src/app/sheets';
import { bpntRegister, editEvent } from './check-helpers';

const REGISTER = 'BPNT Tanah Tinggi';

type Calls = Record<string, Record<string, number>>;

/** Runs every command on a workbook whose BPNT list has n rows; returns the Sheets calls of each, by method. */
function callsFor(n: number): Calls {
  const out: Calls = {};
  const measure = (fake: GasFake, name: string, fn: () => void) => {
    fake.calls.reset();
    fn();
    // Growing or shrinking an output sheet to its table is one call either way: count them as one kind.
    const by: Record<string, number> = {};
    for (const [m, k] of Object.entries(fake.calls.byMethod())) {
      const key = m === 'Sheet.insertRowsAfter' || m === 'Sheet.deleteRows' ? 'Sheet.(fit rows)' : m;
      by[key] = (by[key] ?? 0) + k;
    }
    by.total = fake.calls.total();
    out[name] = by;
  };
  const fresh = () => {
    const fake = createGasFake();
    fake.install();
    const ss = fake.createSpreadsheet('Kelurahan Tanah Tinggi', { [REGISTER]: bpntRegister(n), 'Renja 2025': RENJA_SHEET });
    return { fake, ss };
  };

  const a = fresh();
  try {
    measure(a.fake, 'Periksa sheet ini (first run)', menuCheckSheet);
  } finally {
    a.fake.uninstall();
  }

  const { fake, ss } = fresh();
  try {
    measure(fake, 'Periksa semua sheet (first run)', menuCheckAll);
    measure(fake, 'Periksa semua sheet (rerun)', menuCheckAll);
    measure(fake, 'Periksa sheet ini (rerun)', menuCheckSheet);
    // Row 25 holds a misspelt kelurahan (every 10th recipient); the edit fixes it.
    fake.uncounted(() => ss.getSheetByName(REGISTER)!.getRange('H25').setValue('Tanah Tinggi'));
    const e = editEvent(fake, ss, REGISTER, 'H25');
    measure(fake, 'onEdit (one row)', () => onEdit(e));
    fake.uncounted(() => {
      expect(ss.getSheetByName(REGISTER)!.getRange('H25').getNote()).toBe('');
      expect(ss.getSheetByName(REGISTER)!.getRange('H35').getNote()).toContain('[Sinergi]');
    });
    measure(fake, 'Hapus tanda', menuClearMarks);
    fake.uncounted(() => expect(ss.getSheetByName(SHEETS.marks)!.getMaxRows()).toBe(1));
  } finally {
    fake.uninstall();
  }
  return out;
}

test('Sheets calls per command are the same for 100 and 50,000 rows', () => {
  const small = callsFor(100);
  const large = callsFor(50_000);
  expect(Object.keys(small)).toHaveLength(6);
  for (const name of Object.keys(small)) {
    expect([name, large[name]]).toEqual([name, small[name]]);
    // A handful of calls per sheet touched, never one per row.
    expect([name, small[name].total < 80]).toEqual([name, true]);
  }
});
