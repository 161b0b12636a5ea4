// Reading .xlsx inputs: the grid the engine gets (values, formats, merges, dates), checked against exceljs's own full reader.
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../../src/cli/io';
import { tempDir, writeRawXlsx } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The grid exceljs's regular (non-streaming) reader gives, converted the way the engine expects: the oracle. */
async function oracle(path: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        let v: unknown = cell.value;
        if (cell.type === ExcelJS.ValueType.Merge) v = null;
        if (v && typeof v === 'object' && !(v instanceof Date)) {
          const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
          if ('formula' in o || 'sharedFormula' in o) v = o.result;
          else if (o.richText) v = o.richText.map((x) => x.text).join('');
          else if (o.error) v = o.error;
          else if ('text' in o) v = o.text;
        }
        if (v && typeof v === 'object' && 'error' in (v as object)) v = (v as { error: string }).error;
        if (v === null || v === undefined) v = '';
        (rows[r - 1] ??= [])[c - 1] = v;
      });
    });
    let height = 0;
    let width = 0;
    rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== '') {
          height = Math.max(height, r + 1);
          width = Math.max(width, c + 1);
        }
      }),
    );
    out[ws.name] = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ''));
  });
  return out;
}

async function gridsOf(path: string): Promise<Record<string, unknown[][]>> {
  const wb = await loadWorkbook(path);
  return Object.fromEntries(wb.sheetNames().map((n) => [n, wb.readSheet(n).values]));
}

/** A register as agencies make them: title block, merged two-row header, every kind of cell. */
function fillRegister(ws: ExcelJS.Worksheet): void {
  ws.getCell('A1').value = 'DAFTAR PENERIMA BANTUAN SOSIAL';
  ws.mergeCells('A1:J1');
  ws.getCell('A2').value = 'Kelurahan Tanah Tinggi, Kecamatan Binjai Timur';
  ws.getCell('A3').value = 'No';
  ws.mergeCells('A3:A4');
  ws.getCell('B3').value = 'Identitas';
  ws.mergeCells('B3:D3');
  ws.getCell('E3').value = 'Tgl Lahir';
  ws.mergeCells('E3:E4');
  ws.getRow(4).values = [
    undefined,
    undefined,
    'NIK',
    'NIK (teks)',
    'Nama',
    undefined,
    'Bantuan (Rp)',
    'Dokumen',
    'Cek',
    'Capaian',
    'Aktif',
  ].slice(1);
  const r5 = ws.getRow(5);
  r5.values = [
    1,
    1275041708800001,
    '1275045708850002',
    { richText: [{ text: 'Boy ' }, { font: { bold: true }, text: 'Lucky' }] },
    day(1980, 8, 17),
    { formula: '600000*1', result: 600000 },
    { text: 'lihat dokumen', hyperlink: 'https://example.org/a' },
    { error: '#N/A' },
    0.75,
    true,
  ];
  const r6 = ws.getRow(6);
  r6.values = [
    2,
    1275045708850002,
    '0012345678901234',
    'Siti Aisyah',
    day(1985, 8, 17),
    { formula: 'A6/0', result: { error: '#DIV/0!' } },
    { formula: 'HYPERLINK("https://example.org/b","unduh")', result: 'unduh' },
    { formula: 'E6+1', result: day(1985, 8, 18) },
    0.5,
    { formula: 'TRUE()', result: true },
  ];
  for (const r of [r5, r6]) {
    r.getCell(3).numFmt = '@';
    r.getCell(5).numFmt = 'dd/mm/yyyy';
    r.getCell(6).numFmt = '#,##0';
    r.getCell(9).numFmt = '0%';
  }
  r6.getCell(8).numFmt = 'dd/mm/yyyy';
  // Formatted but empty cells below the data, and an empty string: not part of the used range.
  ws.getCell('C30').numFmt = '@';
  ws.getCell('D31').value = '';
}

const EXPECTED: unknown[][] = [
  ['DAFTAR PENERIMA BANTUAN SOSIAL', '', '', '', '', '', '', '', '', ''],
  ['Kelurahan Tanah Tinggi, Kecamatan Binjai Timur', '', '', '', '', '', '', '', '', ''],
  ['No', 'Identitas', '', '', 'Tgl Lahir', '', '', '', '', ''],
  ['', 'NIK', 'NIK (teks)', 'Nama', '', 'Bantuan (Rp)', 'Dokumen', 'Cek', 'Capaian', 'Aktif'],
  [1, 1275041708800001, '1275045708850002', 'Boy Lucky', day(1980, 8, 17), 600000, 'lihat dokumen', '#N/A', 0.75, true],
  [2, 1275045708850002, '0012345678901234', 'Siti Aisyah', day(1985, 8, 17), '#DIV/0!', 'unduh', day(1985, 8, 18), 0.5, true],
];

async function registerWorkbook(path: string, streaming: boolean): Promise<string> {
  const build = (wb: ExcelJS.Workbook) => {
    fillRegister(wb.addWorksheet('Penerima'));
    wb.addWorksheet('Kosong');
    const ref = wb.addWorksheet('Ref', { state: 'hidden' });
    ref.addRow(['Kelurahan']);
    ref.addRow(['Tanah Tinggi']);
  };
  if (streaming) {
    // The streaming writer stores strings inline (t="str", inline rich text) instead of in the shared table.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
    build(wb as unknown as ExcelJS.Workbook);
    await wb.commit();
  } else {
    const wb = new ExcelJS.Workbook();
    build(wb);
    await wb.xlsx.writeFile(path);
  }
  return path;
}

describe('an agency register written by Excel-like tools', () => {
  test('values as the engine expects them: cached results, plain text, error strings, UTC dates, numbers stay numbers', async () => {
    const wb = await loadWorkbook(await registerWorkbook(tmp.file('register.xlsx'), false));
    expect(wb.format).toBe('xlsx');
    expect(wb.name).toBe('register.xlsx');
    expect(wb.sheetNames()).toEqual(['Penerima', 'Kosong', 'Ref']);
    const sheet = wb.readSheet('Penerima');
    expect(sheet.values).toEqual(EXPECTED);
    expect(typeof sheet.values[4][1]).toBe('number');
    expect(wb.readSheet('Kosong').values).toEqual([]);
    expect(wb.readSheet('Ref').values).toEqual([['Kelurahan'], ['Tanah Tinggi']]);
  });

  test('number formats per cell: text, dates, Rupiah and percent are visible', async () => {
    const wb = await loadWorkbook(await registerWorkbook(tmp.file('formats.xlsx'), false));
    const { numberFormats, values } = wb.readSheet('Penerima');
    expect(numberFormats).toHaveLength(values.length);
    expect(numberFormats?.every((r) => r.length === 10)).toBe(true);
    expect(numberFormats?.[4]).toEqual(['', '', '@', '', 'dd/mm/yyyy', '#,##0', '', '', '0%', '']);
    expect(numberFormats?.[5][7]).toBe('dd/mm/yyyy');
    expect(wb.readSheet('Ref').numberFormats).toBeUndefined();
  });

  test('inline strings (streaming writer) give the same grid as shared strings', async () => {
    const a = await gridsOf(await registerWorkbook(tmp.file('shared.xlsx'), false));
    const b = await gridsOf(await registerWorkbook(tmp.file('inline.xlsx'), true));
    expect(b).toEqual(a);
  });

  test('the same grid as exceljs full (non-streaming) reader, merged cells blanked like getValues', async () => {
    const path = await registerWorkbook(tmp.file('oracle.xlsx'), false);
    expect(await gridsOf(path)).toEqual(await oracle(path));
  });

  test('a larger generated sheet matches the full reader cell for cell', async () => {
    const path = tmp.file('many.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['No', 'NIK', 'Nama', 'Tgl', 'Nominal', 'Catatan', 'Ok']);
    for (let i = 0; i < 3000; i++) {
      const row = ws.addRow([
        i + 1,
        i % 3 ? String(1275010101900000 + i) : 1275010101900000 + i,
        i % 11 === 0 ? '' : `Nama ${i} & <keluarga> "kutip"`,
        i % 7 === 0 ? null : day(1950 + (i % 60), 1 + (i % 12), 1 + (i % 28)),
        i % 5 === 0 ? { formula: `A${i + 2}*1000`, result: (i + 1) * 1000 } : 250000.5 + i,
        i % 13 === 0 ? { error: '#VALUE!' } : i % 17 === 0 ? { richText: [{ text: 'a' }, { text: 'b' }] } : ' spasi ',
        i % 2 === 0,
      ]);
      row.getCell(4).numFmt = 'dd/mm/yyyy';
      if (i % 3) row.getCell(2).numFmt = '@';
    }
    await wb.xlsx.writeFile(path);
    const grids = await gridsOf(path);
    expect(grids.Data).toHaveLength(3001);
    expect(grids).toEqual(await oracle(path));
  });
});

describe('XML that other writers produce', () => {
  const cell = (ref: string, inner: string, attrs = '') => `<c r="${ref}"${attrs}>${inner}</c>`;

  test('a value in a merged slave cell is hidden, as Sheets shows only the top-left value', async () => {
    const path = writeRawXlsx(tmp.file('merged.xlsx'), {
      strings: ['Judul', 'sisa'],
      sheets: [
        {
          name: 'S',
          xml: `<sheetData><row r="1">${cell('A1', '<v>0</v>', ' t="s"')}${cell('B1', '<v>1</v>', ' t="s"')}${cell('C1', '<v>5</v>')}</row><row r="2">${cell('A2', '<v>7</v>')}${cell('B2', '<v>8</v>')}</row></sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="Z9:Z10"/></mergeCells>`,
        },
      ],
    });
    // Row 2 lies wholly inside the merge, so it is empty and, being last, not part of the grid.
    expect((await gridsOf(path)).S).toEqual([['Judul', '', 5]]);
  });

  test('prefixed elements, missing cell references, escapes, inline rich text, formula errors and booleans, ISO dates', async () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row r="2"><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is>\n  <x:r><x:t>Boy </x:t></x:r>\n  <x:r><x:rPr><x:b/></x:rPr><x:t>Lucky</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ruby</x:t></x:rPh></x:is></x:c>` +
      `<x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c t="b"><x:f>TRUE()</x:f><x:v>1</x:v></x:c><x:c t="d"><x:v>2024-03-15T00:00:00</x:v></x:c>` +
      `<x:c t="str"><x:f>A2</x:f><x:v>baris_x000D_baru</x:v></x:c><x:c><x:f>NOW()</x:f></x:c><x:c t="n"><x:v>1.2750117088E+15</x:v></x:c></x:row>` +
      `<x:row><x:c r="C3"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const path = writeRawXlsx(tmp.file('prefixed.xlsx'), { strings: ['a_x005F_x0041_b'], sheets: [{ name: 'P', xml }] });
    expect((await gridsOf(path)).P).toEqual([
      ['', '', '', '', '', '', '', ''],
      ['a_x0041_b', 'Boy Lucky', '#DIV/0!', true, day(2024, 3, 15), 'baris\rbaru', '', 1275011708800000],
      ['', '', 3, '', '', '', '', ''],
    ]);
  });

  test('dates from date-formatted numbers and formula results; the 1904 calendar; times and built-in formats', async () => {
    const row = `<row r="1">${cell('A1', '<v>29450</v>', ' s="1"')}${cell('B1', '<f>A1+1</f><v>29451</v>', ' s="2"')}${cell('C1', '<v>0.5</v>', ' s="3"')}${cell('D1', '<v>42</v>', ' s="4"')}${cell('E1', '<v>0.25</v>', ' s="5"')}${cell('F1', '<v>12</v>', ' s="6"')}</row>`;
    const formats = [
      { id: 14 },
      { id: 164, code: '[$-421]dd mmmm yyyy' },
      { id: 165, code: 'h:mm' },
      { id: 166, code: '&quot;Rp&quot;#,##0' },
      { id: 9 },
      { id: 49 },
    ];
    const path = writeRawXlsx(tmp.file('dates.xlsx'), { formats, sheets: [{ name: 'D', xml: `<sheetData>${row}</sheetData>` }] });
    const wb = await loadWorkbook(path);
    const d = wb.readSheet('D');
    expect(d.values).toEqual([[day(1980, 8, 17), day(1980, 8, 18), new Date(Date.UTC(1899, 11, 30, 12)), 42, 0.25, 12]]);
    expect(d.numberFormats).toEqual([['mm-dd-yy', '[$-421]dd mmmm yyyy', 'h:mm', '"Rp"#,##0', '0%', '@']]);

    const p1904 = writeRawXlsx(tmp.file('d1904.xlsx'), {
      date1904: true,
      formats,
      sheets: [{ name: 'D', xml: `<sheetData>${row}</sheetData>` }],
    });
    expect((await loadWorkbook(p1904)).readSheet('D').values[0][0]).toEqual(day(1984, 8, 18));
  });

  test('sheets in tab order whatever the zip order; absolute targets; chart sheets skipped; hidden sheets kept', async () => {
    const one = (v: number) => `<sheetData><row r="1"><c r="A1"><v>${v}</v></c></row></sheetData>`;
    const path = writeRawXlsx(tmp.file('order.xlsx'), {
      sheetsFirst: true,
      sheets: [
        { name: 'Kedua', xml: one(2), target: 'worksheets/sheet2.xml' },
        { name: 'Grafik', xml: '<chartsheet/>', target: 'chartsheets/sheet1.xml', kind: 'chartsheet' },
        { name: 'Pertama', xml: one(1), target: '/xl/worksheets/sheet1.xml' },
        { name: 'Tersembunyi', xml: one(3), target: 'worksheets/sheet3.xml', state: 'hidden' },
      ],
    });
    expect(await gridsOf(path)).toEqual({ Kedua: [[2]], Pertama: [[1]], Tersembunyi: [[3]] });
    const wb = await loadWorkbook(path);
    expect(wb.sheetNames()).toEqual(['Kedua', 'Pertama', 'Tersembunyi']);
  });

  test('rows with gaps keep their sheet row numbers; styled empty cells and rows do not widen the grid', async () => {
    const xml = `<sheetData><row r="3"><c r="B3" t="s"><v>0</v></c><c r="H3" s="1"/></row><row r="6"><c r="A6"><v>1</v></c><c r="C6" t="s"><v>1</v></c></row><row r="9" s="1" customFormat="1"><c r="D9" s="1"/></row></sheetData>`;
    const path = writeRawXlsx(tmp.file('gaps.xlsx'), { strings: ['NIK', ''], formats: [{ id: 49 }], sheets: [{ name: 'G', xml }] });
    expect((await gridsOf(path)).G).toEqual([
      ['', ''],
      ['', ''],
      ['', 'NIK'],
      ['', ''],
      ['', ''],
      [1, ''],
    ]);
  });

  test('uncompressed (stored) parts, sheets before shared strings, as web "export to Excel" libraries write them', async () => {
    const xml = `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>`;
    const sheets = [
      { name: 'Satu', xml },
      { name: 'Dua', xml },
    ];
    const path = writeRawXlsx(tmp.file('stored.xlsx'), { stored: true, sheetsFirst: true, strings: ['NIK'], sheets });
    expect(await gridsOf(path)).toEqual({ Satu: [['NIK']], Dua: [['NIK']] });
  });

  test('non-ASCII text survives chunk boundaries of a long sheet (NBSP, accents, curly quotes)', async () => {
    const names = Array.from({ length: 4000 }, (_, i) => `Nama\u00a0${i} Ren\u00e9 \u2019Ais\u2019 \u2013 ${'\u00e9'.repeat(i % 7)}`);
    const rows = names.map((n, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${n}</t></is></c></row>`).join('');
    const path = writeRawXlsx(tmp.file('utf8.xlsx'), { sheets: [{ name: 'U', xml: `<sheetData>${rows}</sheetData>` }] });
    expect((await gridsOf(path)).U.map((r) => r[0])).toEqual(names);
  });
});
