// Reporting completeness per period, as DHIS2 counts it: expected, delivered, on time, rates.
import { completeness, type Delivery } from '../../../src/core/rollup/completeness';

const D = (source: string, period: string, deliveredOn: number | undefined, deadline = 100, expected = true): Delivery =>
  deliveredOn === undefined ? { source, period, expected, deadline } : { source, period, expected, deadline, deliveredOn };

describe('completeness', () => {
  const r = completeness([
    D('Dinsos', '2025-Q2', 90),
    D('Dinkes', '2025-Q2', 105),
    D('Dispar', '2025-Q2', undefined),
    D('Dinsos', '2025-Q1', 10, 20),
    D('Dinkes', '2025-Q1', 20, 20),
    // Not expected: a delivery nobody asked for raises no rate.
    D('Bapperida', '2025-Q1', 5, 20, false),
    // Listed twice: counted once, on its earliest delivery.
    D('Dinkes', '2025-Q1', 25, 20),
  ]);

  test('per period, sorted', () => {
    expect(r.records).toEqual([
      { period: '2025-Q1', expected: 2, delivered: 2, onTime: 2, rate: 100, onTimeRate: 100 },
      { period: '2025-Q2', expected: 3, delivered: 2, onTime: 1, rate: 66.67, onTimeRate: 33.33 },
    ]);
  });

  test('total and table', () => {
    expect(r.total).toEqual({ period: '', expected: 5, delivered: 4, onTime: 3, rate: 80, onTimeRate: 60 });
    const t = r.toTable('id');
    expect(t.header).toEqual([
      'Periode',
      'Sumber Wajib Lapor',
      'Sudah Lapor',
      'Lapor Tepat Waktu',
      'Kelengkapan (%)',
      'Ketepatan Waktu (%)',
    ]);
    expect(t.rows[2]).toEqual(['Jumlah', 5, 4, 3, 80, 60]);
  });

  test('a period with nothing expected has no rate', () => {
    const e = completeness([D('Bapperida', '2025-Q3', 5, 20, false)]);
    expect(e.records).toEqual([]);
    expect(e.total).toEqual({ period: '', expected: 0, delivered: 0, onTime: 0 });
    expect(e.toTable('en').rows).toEqual([['Total', 0, 0, 0, '', '']]);
  });
});
