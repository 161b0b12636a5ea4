// Cases for field.enum: values outside the list, with the accepted values in plain words and the closest one suggested.
import { DEFAULT_CONFIG } from '../../../src/core/model/config';
import { rule } from '../../../src/core/rules/field.enum';
import { ruleTable } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'no issues', rows: [{ nama: 'A' }] },
    { name: 'type issues are field.type', rows: [], ctx: { issues: [{ row: 2, field: 'tanggal_lahir', problem: 'type', shown: 'x' }] } },
  ],
  fail: [
    {
      name: 'misspelt verification stage: allowed stages in words, suggestion in words',
      rows: [],
      ctx: {
        issues: [{ row: 4, field: 'status_verifikasi', problem: 'enum', shown: 'diverifkasi kel', suggestion: 'diverifikasi_kelurahan' }],
      },
      expect: [
        {
          row: 4,
          field: 'status_verifikasi',
          severity: 'error',
          key: 'field.enum',
          params: { suggestion: 'diverifikasi kelurahan' },
          message:
            'Status verifikasi "diverifkasi kel" tidak dikenali. Isi salah satu dari: diusulkan, diverifikasi kelurahan, disetujui dinsos, ditetapkan, ditolak. Maksud Anda: "diverifikasi kelurahan"?',
        },
      ],
    },
    {
      name: 'sex without a close value: no suggestion',
      rows: [],
      ctx: { issues: [{ row: 6, field: 'jenis_kelamin', problem: 'enum', shown: '?' }] },
      expect: [{ row: 6, message: 'Jenis kelamin "?" tidak dikenali. Isi salah satu dari: L, P.' }],
    },
    {
      name: 'configured programmes are listed with the built-in ones',
      rows: [],
      ctx: {
        config: { ...DEFAULT_CONFIG, programs: { ...DEFAULT_CONFIG.programs, 'Bantuan Lansia': { ageMin: 60 } } },
        issues: [{ row: 2, field: 'program', problem: 'enum', shown: 'PKK', suggestion: 'PKH' }],
      },
      expect: [{ params: { allowed: 'PKH, BPNT/Sembako, BST, KIP/PIP, PBI-JK, Bantuan Lansia', suggestion: 'PKH' } }],
    },
    {
      name: 'Renja tourism flag',
      rows: [],
      ctx: { kind: 'program', issues: [{ row: 9, field: 'pariwisata', problem: 'enum', shown: 'mungkin' }] },
      expect: [{ row: 9, params: { field: 'Pariwisata', allowed: 'Y, N' } }],
    },
    {
      name: 'a field without a list still gets a message',
      rows: [],
      ctx: { issues: [{ row: 3, field: 'kelurahan', problem: 'enum', shown: 'Xyz' }] },
      expect: [{ key: 'field.enum.unlisted', message: 'Kelurahan "Xyz" tidak dikenali.' }],
    },
  ],
});
