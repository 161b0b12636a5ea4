// program.behind_schedule: sub-kegiatan whose cumulative physical progress is below the expected curve at the current quarter.
import { rule } from '../../../src/core/checks/program.behind_schedule';
import { DEFAULT_CONFIG } from '../../../src/core/model/config';
import { crossTable, opdRows } from './program-harness';

const SUB = '1.06.04.2.01.0001';
const SUB2 = '1.06.04.2.01.0002';
const rows = (r: object[]) =>
  opdRows(
    'Dinas Sosial',
    2025,
    r.map((x) => ({ pagu: 1e6, ...x })),
  );

crossTable(rule, {
  pass: [
    {
      name: 'on the curve at the latest quarter with data',
      registers: [rows([{ kode: SUB, realisasi_fisik_tw1: 25, realisasi_fisik_tw2: 50 }])],
    },
    {
      name: 'ahead of the curve',
      registers: [rows([{ kode: SUB, realisasi_fisik_tw1: 40, realisasi_fisik_tw2: 80, realisasi_fisik_tw3: 90 }])],
    },
    {
      name: 'programme and kegiatan rows are not judged',
      registers: [
        rows([
          { kode: '1.06.04', realisasi_fisik_tw2: 10 },
          { kode: '1.06.04.2.01', realisasi_fisik_tw2: 10 },
        ]),
      ],
    },
    { name: 'no realisasi fisik column', registers: [rows([{ kode: SUB }])] },
    {
      name: 'a row reporting no progress at all is not judged (missing data is not lateness)',
      registers: [rows([{ kode: SUB, realisasi_fisik_tw1: 30 }, { kode: SUB2 }])],
    },
    {
      name: 'a sub-kegiatan dropped in the budget change (pagu 0)',
      registers: [
        rows([
          { kode: SUB, pagu: 0, realisasi_fisik_tw1: 0 },
          { kode: SUB2, realisasi_fisik_tw1: 30 },
        ]),
      ],
    },
    { name: 'a shortfall under what two decimals show', registers: [rows([{ kode: SUB, realisasi_fisik_tw3: 74.999 }])] },
    {
      name: 'the quarter the city fixed, not the latest',
      registers: [rows([{ kode: SUB, realisasi_fisik_tw1: 30, realisasi_fisik_tw2: 40 }])],
      ctx: { quarter: 1 },
    },
    {
      name: 'each register at its own latest quarter',
      registers: [rows([{ kode: SUB, realisasi_fisik_tw1: 30, realisasi_fisik_tw2: 60 }]), rows([{ kode: SUB2, realisasi_fisik_tw1: 30 }])],
    },
    {
      name: 'a curve from the rules sheet',
      registers: [rows([{ kode: SUB, realisasi_fisik_tw1: 10 }])],
      ctx: { config: { ...DEFAULT_CONFIG, expectedFisik: [10, 40, 70, 100] } },
    },
  ],
  fail: [
    {
      name: 'below the curve at the latest quarter',
      registers: [rows([{ kode: SUB, realisasi_fisik_tw1: 20, realisasi_fisik_tw2: 45 }])],
      expect: [
        {
          key: 'program.behind_schedule',
          severity: 'warning',
          params: { tw: 'II', actual: '45%', expected: '50%' },
          message: 'Realisasi fisik s.d. TW II baru 45%, di bawah rencana 50% untuk TW II.',
          places: [{ register: 0, row: 2, field: 'realisasi_fisik_tw2' }],
        },
      ],
    },
    {
      name: 'empty at the current quarter: the last figure reported stands, and the message says so',
      registers: [
        rows([
          { kode: SUB, realisasi_fisik_tw1: 30, realisasi_fisik_tw2: 55 },
          { kode: SUB2, realisasi_fisik_tw1: 30, realisasi_fisik_tw3: 80 },
        ]),
      ],
      expect: [
        {
          key: 'program.behind_schedule.carried',
          params: { tw: 'III', atTw: 'II', actual: '55%', expected: '75%' },
          places: [{ row: 2, field: 'realisasi_fisik_tw3' }],
        },
      ],
    },
    {
      name: 'the quarter the city fixed',
      registers: [rows([{ kode: SUB, realisasi_fisik_tw1: 30, realisasi_fisik_tw2: 45 }])],
      ctx: { quarter: 2, lang: 'en' },
      expect: [
        {
          params: { actual: '45%', expected: '50%' },
          message: 'Physical progress up to quarter II is only 45%, below the planned 50% for quarter II.',
        },
      ],
    },
    {
      name: 'decimals in Indonesian form',
      registers: [rows([{ kode: SUB, realisasi_fisik_tw4: 99.5 }])],
      expect: [{ params: { tw: 'IV', actual: '99,5%', expected: '100%' } }],
    },
  ],
});
