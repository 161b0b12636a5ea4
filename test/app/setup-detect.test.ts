// What the setup dialog is told about a sheet, and what it may send back.
import { detectView } from '../../src/app/setup-detect';
import {
  isSinergiSheet,
  parseApplyRequest,
  parseCreateRequest,
  parseReferenceKind,
  registerNameProblem,
} from '../../src/app/setup-request';
import { PKH_SHEET, RENJA_SHEET } from '../fixtures/sheets';

test('a PKH list: detected kind, header row, field -> column pairs, numeric NIKs counted', () => {
  const v = detectView({ sheetName: 'PKH Tanah Tinggi', grid: PKH_SHEET }, 'id');
  expect(v.status).toBe('detected');
  expect(v.kind).toBe('beneficiary');
  expect(v.headerRow).toBe(4);
  expect(v.headers[0]).toEqual({ index: 0, column: 'A', label: 'No' });
  const nik = v.fields.find((f) => f.id === 'nik')!;
  expect(nik).toEqual({ id: 'nik', label: 'NIK', required: true, header: 'NIK KTP', column: 'B', how: 'exact' });
  expect(v.fields.find((f) => f.id === 'program')).toMatchObject({ header: null, column: null, how: null, required: true });
  // The title names the programme: as for the engine, it is not missing, and the dialog says where it comes from.
  expect(v.missing).toEqual([]);
  expect(v.fromTitle).toEqual([{ field: 'Program', value: 'PKH' }]);
  expect(v.numericIds).toBe(2);
  expect(v.saved).toBe(false);
  expect(v.referenceName).toBe(false);
  expect(JSON.parse(JSON.stringify(v))).toEqual(v);
});

test('a Renja sheet is a programme register; the kind can be forced', () => {
  expect(detectView({ sheetName: 'Renja', grid: RENJA_SHEET }, 'en').kind).toBe('program');
  const forced = detectView({ sheetName: 'Renja', grid: RENJA_SHEET, kind: 'beneficiary' }, 'en');
  expect(forced.kind).toBe('beneficiary');
  expect(forced.fields[0].label).toBe('NIK');
});

test('empty, unrecognised, own and missing sheets', () => {
  expect(detectView({ sheetName: 'Sheet1', grid: [['']] }, 'id').status).toBe('empty');
  const odd = detectView(
    { sheetName: 'Data', grid: [['Laporan'], ['Nomor Identitas', 'Nama Lengkap Warga', 'Bantuan'], ['x', 'y', 'z']] },
    'id',
  );
  expect(odd.status).toBe('not_register');
  expect(odd.headers.map((h) => h.label)).toEqual(['Nomor Identitas', 'Nama Lengkap Warga', 'Bantuan']);
  expect(odd.missing).toEqual(['NIK', 'Nama', 'Program']);
  expect(detectView({ sheetName: 'Sinergi Temuan', grid: [], own: true }, 'id').status).toBe('own');
  expect(detectView({ sheetName: 'x', grid: [], missing: true }, 'id').status).toBe('missing');
  expect(detectView({ sheetName: 'Penerima DTKS', grid: PKH_SHEET }, 'id').referenceName).toBe(true);
});

test('requests from the dialog are checked; unknown fields are dropped', () => {
  expect(
    parseApplyRequest({ sheetName: 'A', kind: 'beneficiary', overrides: { nik: 'NIK KTP', program: null, __proto__x: 'y', pagu: 'P' } }),
  ).toEqual({
    sheetName: 'A',
    kind: 'beneficiary',
    overrides: { nik: 'NIK KTP', program: null },
  });
  expect(parseApplyRequest({ sheetName: 'A', kind: 'rumah' })).toBeUndefined();
  expect(parseApplyRequest('x')).toBeUndefined();
  expect(parseCreateRequest({ kind: 'program' })).toEqual({ kind: 'program' });
  expect(parseReferenceKind('dtks')).toBe('dtks');
  expect(parseReferenceKind('toString')).toBeUndefined();
});

test('names for new registers', () => {
  expect(registerNameProblem('Penerima Bantuan')).toBeUndefined();
  expect(registerNameProblem('')).toBe('bad_name');
  expect(registerNameProblem('x'.repeat(101))).toBe('bad_name');
  expect(registerNameProblem('Sinergi Temuan')).toBe('reserved');
  expect(registerNameProblem('ref dtks')).toBe('reserved');
  expect(registerNameProblem('Penerima DTKS 2025')).toBe('ref_name');
  expect(isSinergiSheet('Pengaturan Sinergi')).toBe(true);
});
