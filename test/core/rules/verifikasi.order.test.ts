// Cases for verifikasi.order: stages falling back from one period to the next, and stage dates running backwards.
import { rule } from '../../../src/core/rules/verifikasi.order';
import { day, num16, ruleTable, text16 } from './harness';

const A = text16('1275011708800001');
const B = text16('1275015501900002');
type Stage = 'diusulkan' | 'diverifikasi_kelurahan' | 'disetujui_dinsos' | 'ditetapkan' | 'ditolak';
const at = (periode: string | undefined, status_verifikasi: Stage, nik = A, program = 'PKH') => ({
  nik,
  program,
  periode,
  status_verifikasi,
});
const on = (status_verifikasi: Stage, d: number, periode = '2025-Q1') => ({
  nik: A,
  program: 'PKH',
  periode,
  status_verifikasi,
  tanggal_verifikasi: d,
});

ruleTable(rule, {
  pass: [
    {
      name: 'stages move forward over quarters',
      rows: [at('2025-Q1', 'diusulkan'), at('2025-Q2', 'diverifikasi_kelurahan'), at('2025-Q3', 'ditetapkan'), at('2025-Q4', 'ditetapkan')],
    },
    {
      name: 'rows out of sheet order, periods still forward',
      rows: [at('2025-Q3', 'ditetapkan'), at('2025-Q1', 'diusulkan'), at('2025-Q2', 'disetujui_dinsos')],
    },
    { name: 'a rejection, then a new proposal', rows: [at('2025-Q1', 'ditetapkan'), at('2025-Q2', 'ditolak'), at('2025-Q3', 'diusulkan')] },
    { name: 'a rejection after being set is not backwards', rows: [at('2025-Q1', 'ditetapkan'), at('2025-Q2', 'ditolak')] },
    { name: 'different people', rows: [at('2025-Q1', 'ditetapkan'), at('2025-Q2', 'diusulkan', B)] },
    { name: 'different programmes', rows: [at('2025-Q1', 'ditetapkan'), at('2025-Q2', 'diusulkan', A, 'BPNT/Sembako')] },
    {
      name: 'placeholder NIKs from numbers that lost a digit compare no one',
      rows: [at('2025-Q1', 'ditetapkan', num16(1275011708800000)), at('2025-Q2', 'diusulkan', num16(1275011708800000))],
    },
    {
      name: 'periods without a year are not ordered',
      rows: [at('?T2', 'ditetapkan'), at('?T1', 'diusulkan'), at('?gelombang2', 'disetujui_dinsos'), at('?gelombang1', 'diusulkan')],
    },
    {
      name: 'dates forward within a period',
      rows: [on('diusulkan', day(2025, 1, 5)), on('diverifikasi_kelurahan', day(2025, 1, 20)), on('ditetapkan', day(2025, 3, 1))],
    },
    { name: 'same-day steps', rows: [on('diverifikasi_kelurahan', day(2025, 1, 5)), on('diusulkan', day(2025, 1, 5))] },
    {
      name: 'a rejection restarts the dates',
      rows: [
        on('diusulkan', day(2025, 1, 1)),
        on('diverifikasi_kelurahan', day(2025, 1, 5)),
        on('ditolak', day(2025, 2, 10)),
        on('diusulkan', day(2025, 3, 1)),
      ],
    },
    {
      name: 'dates in different periods are not compared',
      rows: [on('diusulkan', day(2025, 3, 20), '2025-Q1'), on('diverifikasi_kelurahan', day(2025, 3, 10), '2025-Q2')],
    },
    { name: 'one period, no dates: nothing to order', rows: [at('2025-Q1', 'ditetapkan'), at('2025-Q1', 'diusulkan')] },
    {
      name: 'no period and no date columns',
      rows: [
        { nik: A, program: 'PKH', status_verifikasi: 'ditetapkan' },
        { nik: A, program: 'PKH', status_verifikasi: 'diusulkan' },
      ],
    },
  ],
  fail: [
    {
      name: 'set in Q1, only proposed in Q2',
      rows: [at('2025-Q1', 'ditetapkan'), at('2025-Q2', 'diusulkan')],
      expect: [
        {
          row: 3,
          field: 'status_verifikasi',
          severity: 'warning',
          key: 'verifikasi.order',
          params: { period: 'triwulan II 2025', stage: 'diusulkan', previousPeriod: 'triwulan I 2025', previousStage: 'ditetapkan' },
          message:
            'Tahap verifikasi mundur: pada periode triwulan II 2025 tercatat "diusulkan", padahal pada periode sebelumnya (triwulan I 2025) sudah "ditetapkan". Periksa status verifikasinya.',
        },
      ],
    },
    {
      name: 'the later period sits higher in the sheet',
      rows: [at('2025-Q2', 'diusulkan'), at('2025-Q1', 'ditetapkan')],
      expect: [{ row: 2 }],
    },
    {
      name: 'months and years',
      rows: [at('2025-01', 'disetujui_dinsos'), at('2025-02', 'diverifikasi_kelurahan'), at('2024', 'diusulkan'), at('2026', 'diusulkan')],
      expect: [
        { row: 3, params: { period: 'Februari 2025', previousPeriod: 'Januari 2025', stage: 'diverifikasi kelurahan' } },
        { row: 5, params: { period: '2026', previousPeriod: 'Februari 2025' } },
      ],
    },
    {
      name: 'disbursement stages, in English',
      rows: [at('2025-T1', 'ditetapkan'), at('2025-T2', 'disetujui_dinsos')],
      ctx: { lang: 'en' },
      expect: [{ row: 3, params: { period: 'stage 2 2025', previousPeriod: 'stage 1 2025', stage: 'disetujui dinsos' } }],
    },
    {
      name: 'one step back is one finding',
      rows: [at('2025-Q1', 'ditetapkan'), at('2025-Q2', 'diusulkan'), at('2025-Q3', 'diusulkan')],
      expect: [{ row: 3 }],
    },
    {
      name: 'a later stage dated before a lower one',
      rows: [on('diusulkan', day(2025, 3, 10)), on('diverifikasi_kelurahan', day(2025, 3, 5))],
      expect: [
        {
          row: 3,
          key: 'verifikasi.order.date',
          message:
            'Urutan tanggal verifikasi terbalik: tahap "diverifikasi kelurahan" bertanggal 05/03/2025, lebih awal dari tahap sebelumnya "diusulkan" yang bertanggal 10/03/2025. Periksa status atau tanggal verifikasinya.',
        },
      ],
    },
    {
      name: 'dates without a period column',
      rows: [
        { nik: A, program: 'PKH', status_verifikasi: 'ditetapkan', tanggal_verifikasi: day(2025, 2, 1) },
        { nik: A, program: 'PKH', status_verifikasi: 'disetujui_dinsos', tanggal_verifikasi: day(2025, 3, 1) },
      ],
      expect: [{ row: 2, key: 'verifikasi.order.date', params: { stage: 'ditetapkan', lowerStage: 'disetujui dinsos' } }],
    },
  ],
});
