// Cases for status.deceased_active: deceased recipients still set or paid, and remarks of death on active rows.
import { rule } from '../../../src/core/rules/status.deceased_active';
import { ruleTable } from './harness';

const row = { status_penerima: undefined, status_verifikasi: undefined, nominal: undefined, keterangan: undefined };
const dead = { ...row, status_penerima: 'meninggal' as const };
const active = { ...row, status_penerima: 'aktif' as const };

ruleTable(rule, {
  pass: [
    {
      name: 'active recipients paid as usual',
      rows: [{ ...active, status_verifikasi: 'ditetapkan', nominal: 600000, keterangan: 'Sudah disalurkan' }],
    },
    { name: 'deceased, only proposed, no amount', rows: [{ ...dead, status_verifikasi: 'diusulkan' }] },
    { name: 'deceased with a zero amount', rows: [{ ...dead, nominal: 0 }] },
    {
      name: 'deceased and rejected: its amount is a plan, not a payment',
      rows: [{ ...dead, status_verifikasi: 'ditolak', nominal: 600000 }],
    },
    {
      name: 'deceased, set, but the money was returned',
      rows: [{ ...dead, status_verifikasi: 'ditetapkan', nominal: 600000, keterangan: 'Dana dikembalikan ke kas negara' }],
    },
    { name: 'deceased, set, not paid out', rows: [{ ...dead, status_verifikasi: 'ditetapkan', keterangan: 'Belum disalurkan' }] },
    { name: 'a widow: "Istri Alm." is about her late husband', rows: [{ ...active, keterangan: 'Istri Alm. Suparman' }] },
    { name: '"Alm." before another name than the recipient\'s', rows: [{ ...active, nama: 'Siti Aminah', keterangan: 'Alm. Suparman' }] },
    { name: 'an orphan on KIP: the father died', rows: [{ ...active, keterangan: 'Yatim, ayah meninggal dunia' }] },
    { name: 'a replaced recipient is ambiguous: silent', rows: [{ ...active, keterangan: 'KPM meninggal, diganti ahli waris' }] },
    { name: '"alm" inside other words', rows: [{ ...active, keterangan: 'Alamat tidak sesuai, almari rusak' }] },
    { name: 'blank status, remark of death, nothing set or paid', rows: [{ ...row, keterangan: 'Meninggal dunia' }] },
    { name: 'moved away with an amount is not this rule', rows: [{ ...row, status_penerima: 'pindah', nominal: 600000 }] },
    { name: 'no status or remarks columns', rows: [{ nominal: 600000 }] },
  ],
  fail: [
    {
      name: 'deceased but set',
      rows: [{ ...dead, status_verifikasi: 'ditetapkan' }],
      expect: [{ row: 2, field: 'status_penerima', severity: 'error', key: 'status.deceased_active' }],
    },
    {
      name: 'deceased with an amount',
      rows: [{ ...dead, status_verifikasi: 'ditetapkan', nominal: 600000 }],
      expect: [
        {
          key: 'status.deceased_active.paid',
          params: { amount: 'Rp 600.000' },
          message:
            'Status penerima "meninggal", tetapi baris ini masih mencatat bantuan Rp 600.000. Periksa apakah bantuan masih disalurkan; kosongkan nominalnya atau perbaiki statusnya bila keliru.',
        },
      ],
    },
    {
      name: 'deceased, remarks say an heir received it',
      rows: [
        { ...dead, keterangan: 'Sudah diterima ahli waris' },
        { ...dead, keterangan: 'sdh cair tahap 2' },
      ],
      expect: [
        { row: 2, key: 'status.deceased_active.disbursed' },
        { row: 3, key: 'status.deceased_active.disbursed' },
      ],
    },
    {
      name: 'active rows whose remarks say the recipient died',
      rows: [
        { ...active, keterangan: 'Meninggal Dunia' },
        { ...active, keterangan: 'MD' },
        { ...active, keterangan: 'Alm.' },
        { ...active, keterangan: 'sudah wafat thn 2024' },
        { ...active, nama: 'SUPARMAN', keterangan: 'Alm. Suparman' },
        { ...active, nama: 'Siti Aminah', keterangan: 'Almh. sejak Maret 2025' },
      ],
      expect: [2, 3, 4, 5, 6, 7].map((r) => ({ row: r, field: 'status_penerima', key: 'status.deceased_active.keterangan' })),
    },
    {
      name: 'blank status, remark of death, still paid',
      rows: [{ ...row, keterangan: 'Almh.', nominal: 600000 }],
      expect: [{ field: 'status_penerima', key: 'status.deceased_active.keterangan' }],
    },
    {
      name: 'no status column: reported at the remark',
      rows: [{ status_verifikasi: 'ditetapkan', keterangan: 'Meninggal dunia 12-03-2025' }],
      expect: [{ field: 'keterangan', key: 'status.deceased_active.keterangan' }],
    },
  ],
});
