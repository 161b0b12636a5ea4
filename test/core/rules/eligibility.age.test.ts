// Cases for eligibility.age: whole-year age on today's date against the programme's band, birthdays and leap days exact.
import { DEFAULT_CONFIG } from '../../../src/core/model/config';
import { rule } from '../../../src/core/rules/eligibility.age';
import { day, ruleTable } from './harness';

// TODAY in the harness is 28/11/2026.
const kip = (y: number, m: number, d: number) => ({ program: 'KIP/PIP', tanggal_lahir: day(y, m, d) });
const elderly = { config: { ...DEFAULT_CONFIG, programs: { ...DEFAULT_CONFIG.programs, 'Bantuan Lansia': { ageMin: 60 } } } };

ruleTable(rule, {
  pass: [
    { name: 'turns 21 today: still inside 6-21', rows: [kip(2005, 11, 28)] },
    { name: 'turns 22 tomorrow: still 21', rows: [kip(2004, 11, 29)] },
    { name: 'turns 6 today', rows: [kip(2020, 11, 28)] },
    { name: 'KIP child without a date of birth', rows: [{ program: 'KIP/PIP', tanggal_lahir: undefined }] },
    { name: 'PKH has no age band', rows: [{ program: 'PKH', tanggal_lahir: day(1950, 1, 1) }] },
    { name: 'no programme', rows: [{ tanggal_lahir: day(1950, 1, 1) }] },
    { name: 'a birth date after today is a date error, not an age', rows: [kip(2027, 1, 1)] },
    { name: 'born 29/02/2004, on 28/02/2026 (common year): still 21', rows: [kip(2004, 2, 29)], ctx: { today: day(2026, 2, 28) } },
    { name: 'born 28/02/2022, on 29/02/2028: turned 6 yesterday', rows: [kip(2022, 2, 28)], ctx: { today: day(2028, 2, 29) } },
    { name: 'born 29/02/2004, on 29/02/2024: 20', rows: [kip(2004, 2, 29)], ctx: { today: day(2024, 2, 29) } },
    { name: 'a band with only a minimum', rows: [{ program: 'Bantuan Lansia', tanggal_lahir: day(1966, 11, 28) }], ctx: elderly },
  ],
  fail: [
    {
      name: 'turned 22 today',
      rows: [kip(2004, 11, 28)],
      expect: [
        {
          row: 2,
          field: 'tanggal_lahir',
          severity: 'warning',
          key: 'eligibility.age',
          params: { age: 22, program: 'KIP/PIP', min: 6, max: 21, date: '28/11/2026' },
          message:
            'Umur penerima 22 tahun (per 28/11/2026), di luar batas umur KIP/PIP yaitu 6 sampai 21 tahun. Periksa tanggal lahir dan kelayakannya.',
        },
      ],
    },
    { name: 'turns 6 tomorrow: still 5', rows: [kip(2020, 11, 29)], expect: [{ params: { age: 5 } }] },
    {
      name: 'born 29/02/2004, on 01/03/2026: 22',
      rows: [kip(2004, 2, 29)],
      ctx: { today: day(2026, 3, 1) },
      expect: [{ params: { age: 22 } }],
    },
    {
      name: 'born 01/03/2022, on 29/02/2028: 5',
      rows: [kip(2022, 3, 1)],
      ctx: { today: day(2028, 2, 29) },
      expect: [{ params: { age: 5 } }],
    },
    { name: 'a parent entered as the KIP pupil', rows: [kip(1985, 6, 1), kip(2012, 1, 1)], expect: [{ row: 2, params: { age: 41 } }] },
    {
      name: 'a band with only a minimum',
      rows: [{ program: 'Bantuan Lansia', tanggal_lahir: day(1966, 11, 29) }],
      ctx: elderly,
      expect: [{ key: 'eligibility.age.min', params: { age: 59, min: 60 } }],
    },
    {
      name: 'a band with only a maximum',
      rows: [{ program: 'PAUD', tanggal_lahir: day(2019, 11, 28) }],
      ctx: { config: { ...DEFAULT_CONFIG, programs: { PAUD: { ageMax: 6 } } } },
      expect: [{ key: 'eligibility.age.max', params: { age: 7, max: 6 } }],
    },
  ],
});
