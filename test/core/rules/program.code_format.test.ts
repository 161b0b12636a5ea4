// program.code_format: malformed codes are flagged with the expected form and, for near-misses, the fixed code.
import { rule } from '../../../src/core/rules/program.code_format';
import { ruleTable } from './harness';

ruleTable(rule, {
  pass: [
    {
      name: 'codes of every level',
      rows: [{ kode: '1' }, { kode: '1.06' }, { kode: '1.06.04' }, { kode: '1.06.04.2.01' }, { kode: '1.06.04.2.01.0001' }],
    },
    { name: 'spaces around dots and a trailing dot', rows: [{ kode: '1 . 06 . 04' }, { kode: '1.06.04.2.01.' }] },
    { name: 'cross-cutting X.XX programme codes', rows: [{ kode: 'X.XX.01' }, { kode: 'X.XX.01.1.01' }, { kode: 'X.XX.01.1.01.0001' }] },
    { name: 'rows without a code (sub-totals, uraian only)', rows: [{ kode: undefined, uraian: 'Jumlah' }, { kode: '' }, { pagu: 1000 }] },
    {
      name: 'dashes and total labels in the code column',
      rows: [{ kode: '-' }, { kode: '—' }, { kode: 'JUMLAH' }, { kode: 'Sub Total' }, { kode: 'TOTAL PAGU' }],
    },
    { name: "the agency's own SIPD unit code row", rows: [{ kode: '1.06.0.00.0.00.01.0000' }] },
    { name: 'no kode column in the sheet', rows: [{ uraian: 'abc' }], ctx: { mapped: new Set(['uraian']) } },
    { name: 'rows whose level parse already read', rows: [{ kode: '1.06.04', level: 'program' }] },
  ],
  fail: [
    {
      name: 'extra digit in the kegiatan part (seen in public data), with the fix',
      rows: [{ kode: '1.01.01.02.01.0001' }],
      expect: [
        {
          row: 2,
          field: 'kode',
          severity: 'error',
          key: 'program.code_format',
          params: { code: '1.01.01.02.01.0001', suggestion: '1.01.01.2.01.0001' },
        },
      ],
    },
    {
      name: 'missing zero-padding',
      rows: [{ kode: '1.06.04' }, { kode: '1.6.04.2.01.1' }],
      expect: [
        {
          row: 3,
          params: { code: '1.6.04.2.01.1', suggestion: '1.06.04.2.01.0001' },
          message:
            'Kode "1.6.04.2.01.1" tidak sesuai format kode Permendagri 90/2019. Kode sub kegiatan ditulis U.BB.PP.K.KK.SSSS, misalnya 1.05.02.2.03.0002; kode kegiatan 1.05.02.2.03; kode program 1.05.02. Maksud Anda: "1.06.04.2.01.0001"?',
        },
      ],
    },
    { name: 'every segment unpadded', rows: [{ kode: '1.6.4.2.1.1' }], expect: [{ params: { suggestion: '1.06.04.2.01.0001' } }] },
    {
      name: 'letters',
      rows: [{ kode: '1.06.A4' }, { kode: 'abc' }],
      expect: [
        { row: 2, params: { code: '1.06.A4' } },
        { row: 3, params: { code: 'abc' } },
      ],
    },
    { name: 'four segments (kegiatan without its number)', rows: [{ kode: '1.06.04.2' }], expect: [{ row: 2 }] },
    {
      name: 'code with the rekening tail',
      rows: [{ kode: '1.06.04.2.01.0001.5.1.02.01' }],
      expect: [{ row: 2, params: { code: '1.06.04.2.01.0001.5.1.02.01' } }],
    },
    {
      name: 'name written into the code column',
      rows: [{ kode: '1.06.04 Program Rehabilitasi Sosial' }],
      expect: [{ params: { suggestion: '1.06.04' } }],
    },
    { name: 'commas for dots', rows: [{ kode: '1,06,04' }], expect: [{ params: { suggestion: '1.06.04' } }] },
    {
      name: 'a very long value is shortened in the message',
      rows: [{ kode: 'x'.repeat(100) }],
      expect: [{ params: { code: 'x'.repeat(40) + '…' } }],
    },
  ],
});

test('a code with no near-miss carries no suggestion', async () => {
  const { runRule } = await import('./harness');
  const got = runRule(rule, [{ kode: '1.06.04.2' }]);
  expect(got[0].params).toEqual({ code: '1.06.04.2' });
});
