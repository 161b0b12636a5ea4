// Sheets calls of Konsolidasi sumber grow with the number of sources, never with their rows: 40 x 100 and 40 x 5,000.
import { runConsolidateMenu } from '../../src/gas/commands/consolidate';
import { SYNC_SHEETS } from '../../src/gas/sync-names';
import { createGasFake } from '../fakes/gas';
import { master, register, valuesOf } from './consolidate-helpers';
import { urlOf } from './sync-helpers';

const NOW = () => new Date('2026-11-28T03:00:00Z');

function run(sources: number, rows: number): { calls: number; ms: number; consolidated: number; message: string } {
  const fake = createGasFake({ now: NOW });
  fake.install();
  try {
    const list: unknown[][] = [];
    for (let s = 0; s < sources; s++) {
      const ss = fake.createSpreadsheet(`Kelurahan ${s}`, { Penerima: register(s, rows) });
      list.push([`Kelurahan ${s}`, 'penerima', urlOf(fake, ss), '', '', '', 'Y']);
    }
    const ss = master(fake, list);
    fake.calls.reset();
    const t0 = Date.now();
    runConsolidateMenu({ now: NOW, budgetMs: Number.POSITIVE_INFINITY });
    const ms = Date.now() - t0;
    const calls = fake.calls.total();
    return {
      calls,
      ms,
      consolidated: valuesOf(fake, ss, SYNC_SHEETS.consolidated.beneficiary)!.length - 1,
      message: fake.ui.alerts.at(-1)!.prompt,
    };
  } finally {
    fake.uninstall();
  }
}

test('40 sources x 5,000 rows take the same Sheets calls as 40 x 100', () => {
  const small = run(40, 100);
  const large = run(40, 5000);
  expect(small.consolidated).toBe(4000);
  expect(large.consolidated).toBe(200000);
  expect(large.message).toMatch(/Konsolidasi selesai: 40 sumber, 40 terbaca, 0 gagal; 200000 baris/);
  console.log(
    `consolidation 40 sources x 5,000 rows: ${large.calls} Sheets calls (40 x 100: ${small.calls}), ${large.ms} ms on the fake (40 x 100: ${small.ms} ms)`,
  );
  expect(large.calls).toBe(small.calls);
  // About 22 a source (open, read, two staged appends), plus a constant for the sources sheet, outputs and audit log.
  expect(small.calls).toBeLessThan(40 * 25);
}, 300000);
