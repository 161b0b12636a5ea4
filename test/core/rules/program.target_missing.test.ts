// program.target_missing: sub-kegiatan rows need a target above 0; parents and code-less rows are never flagged.
import { rule } from '../../../src/core/rules/program.target_missing';
import { ruleTable } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'sub-kegiatan with a target', rows: [{ kode: '1.06.04.2.01.0001', target: 120 }] },
    {
      name: 'parent rows without a target',
      rows: [
        { kode: '1.06.04', level: 'program', target: undefined },
        { kode: '1.06.04.2.01', level: 'kegiatan', target: 0 },
        { kode: '1.06.04.2.01.0001', level: 'sub_kegiatan', target: 5 },
      ],
    },
    {
      name: 'sub-total and uraian-only rows',
      rows: [
        { kode: undefined, uraian: 'Jumlah', target: undefined },
        { kode: '', target: undefined },
      ],
    },
    { name: 'malformed code (code_format reports it)', rows: [{ kode: '1.6.4.2.1.1', target: undefined }] },
    { name: 'no target column', rows: [{ kode: '1.06.04.2.01.0001', pagu: 100 }] },
    {
      name: 'negative or fractional targets are not missing',
      rows: [
        { kode: '1.06.04.2.01.0001', target: 0.5 },
        { kode: '1.06.04.2.01.0002', target: -1 },
      ],
    },
    {
      name: 'unreadable target (field.type reports it)',
      rows: [{ row: 7, kode: '1.06.04.2.01.0001', target: undefined }],
      ctx: { issues: [{ row: 7, field: 'target', problem: 'type', shown: 'sepuluh' }] },
    },
    { name: 'sub-kegiatan dropped with pagu 0 and target 0', rows: [{ kode: '1.06.04.2.01.0001', target: 0, pagu: 0 }] },
    { name: 'parse-stored level used', rows: [{ kode: '1.06.04.2.01.0001', level: 'sub_kegiatan', target: 3 }] },
  ],
  fail: [
    {
      name: 'empty target',
      rows: [
        { kode: '1.06.04.2.01', target: undefined },
        { kode: '1.06.04.2.01.0001', target: undefined },
      ],
      expect: [
        {
          row: 3,
          field: 'target',
          severity: 'error',
          key: 'program.target_missing',
          message: 'Target indikator sub kegiatan ini belum diisi. Isi target kinerja yang direncanakan (angka lebih dari 0).',
        },
      ],
    },
    {
      name: 'zero target on a funded sub-kegiatan',
      rows: [{ kode: '1.06.04.2.01.0001', target: 0, pagu: 5000000 }],
      expect: [{ row: 2, field: 'target', key: 'program.target_missing.zero' }],
    },
    {
      name: 'zero target, no pagu column',
      rows: [{ kode: 'X.XX.01.1.01.0001', target: 0 }],
      expect: [{ key: 'program.target_missing.zero' }],
    },
    {
      name: 'an issue on another field does not hide it',
      rows: [{ row: 7, kode: '1.06.04.2.01.0001', target: undefined }],
      ctx: { issues: [{ row: 7, field: 'pagu', problem: 'type', shown: 'x' }] },
      expect: [{ row: 7 }],
    },
  ],
});
