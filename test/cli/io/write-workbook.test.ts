// The generic table writer (the consolidated master): text columns stay text, dates stay dates, nothing becomes a formula.
import { existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { loadWorkbook, writeWorkbookXlsx } from '../../../src/cli/io';
import { columnWidths, outValue, sheetName } from '../../../src/cli/io/xlsx-write';
import { tempDir } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

test('round trip: NIK columns as text ("@", every digit), numbers, dates, booleans, formula-like text', async () => {
  const path = tmp.file('master.xlsx');
  await writeWorkbookXlsx(path, [
    {
      name: 'Penerima',
      rows: [
        ['NIK', 'Nama', 'Tgl Lahir', 'Nominal', 'Aktif', 'Catatan', 'No KK'],
        ['1275041708800001', 'Boy', day(1980, 8, 17), 600000, true, '=1+1', 1275040101100003],
        ['0012345678901234', 'Siti', null, 250000.5, false, '-', undefined],
      ],
      textColumns: [0, 6],
    },
    { name: 'Sumber/OPD: [Dinsos]', rows: [] },
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Penerima', 'Sumber_OPD_ _Dinsos_']);
  const ws = wb.getWorksheet('Penerima')!;
  expect(ws.getCell('A2').value).toBe('1275041708800001');
  expect(ws.getCell('A2').numFmt).toBe('@');
  expect(ws.getCell('G2').value).toBe('1275040101100003');
  expect(ws.getCell('A3').value).toBe('0012345678901234');
  expect(ws.getColumn(1).numFmt).toBe('@');
  expect(ws.getCell('C2').value).toEqual(day(1980, 8, 17));
  expect(ws.getCell('C2').numFmt).toBe('dd/mm/yyyy');
  expect(ws.getCell('D3').value).toBe(250000.5);
  expect(ws.getCell('E2').value).toBe(true);
  expect(ws.getCell('F2').type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell('F2').value).toBe('=1+1');
  expect(ws.getRow(1).font?.bold).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

  const back = await loadWorkbook(path);
  expect(back.readSheet('Penerima').values[1]).toEqual([
    '1275041708800001',
    'Boy',
    day(1980, 8, 17),
    600000,
    true,
    '=1+1',
    '1275040101100003',
  ]);
  expect(back.readSheet('Penerima').numberFormats?.[1]).toEqual(['@', '', 'dd/mm/yyyy', '', '', '', '@']);
  expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('never over an input, even through a link', async () => {
  const input = tmp.file('sumber.xlsx');
  writeFileSync(input, 'x');
  const link = tmp.file('tautan.xlsx');
  symlinkSync(input, link);
  await expect(writeWorkbookXlsx(link, [{ name: 'A', rows: [['a']] }], { inputs: [input] })).rejects.toMatchObject({
    code: 'overwrites_input',
  });
  await writeWorkbookXlsx(tmp.file('baru.xlsx'), [{ name: 'A', rows: [['a']] }], { inputs: [input] });
  expect(existsSync(tmp.file('baru.xlsx'))).toBe(true);
});

test('helpers: Excel-safe unique sheet names, cell values within Excel limits, widths within bounds', () => {
  const used = new Set<string>();
  expect(sheetName('Temuan', used)).toBe('Temuan');
  expect(sheetName('temuan', used)).toBe('temuan (2)');
  expect(sheetName('x'.repeat(40), used)).toHaveLength(31);
  expect(sheetName("'", used)).toBe('Sheet');
  expect(outValue('')).toBeNull();
  expect(outValue(NaN)).toBeNull();
  expect(outValue(new Date(NaN))).toBeNull();
  expect((outValue('a'.repeat(40000)) as string).length).toBe(32767);
  expect(outValue(12n)).toBe('12');
  expect(
    columnWidths([
      ['NIK', 'x'.repeat(200)],
      [1275041708800001, ''],
    ]),
  ).toEqual([23, 60]);
});
