// Header detection on realistic agency grids: title blocks, merged multi-row headers, column-number rows, ragged and odd cells.
import fc from 'fast-check';
import { detectHeader } from '../../../src/core/parse/header';
import { parseRows } from '../../../src/core/parse/rows';

const PKH_HEADER = ['No', 'NIK', 'No. KK', 'Nama KPM', 'L/P', 'Tempat, Tgl Lahir', 'Alamat', 'RT', 'RW', 'Kel/Desa', 'Kec', 'Keterangan'];
const person = (i: number) => [
  i,
  `12750117088000${String(i).padStart(2, '0')}`,
  '1275010101200001',
  'Siti Aminah',
  'P',
  'Binjai, 17-08-1980',
  'Jl. Melati',
  '001',
  '002',
  'Tanah Tinggi',
  'Binjai Timur',
  '',
];

describe('beneficiary list', () => {
  const grid = [
    ['DAFTAR PENERIMA PKH KELURAHAN TANAH TINGGI'],
    ['KECAMATAN BINJAI TIMUR', '', ''],
    ['TAHUN 2025'],
    [],
    PKH_HEADER,
    person(1),
    person(2),
    [],
    ['Catatan: data per 31 Desember 2025'],
    ['', '', '', '', '', '', '', '', '', 'Binjai, 5 Januari 2026'],
  ];
  const h = detectHeader(grid)!;

  test('finds the header below a 3-row title block and a blank row', () => {
    expect(h.kind).toBe('beneficiary');
    expect(h.firstHeaderRow).toBe(4);
    expect(h.headerRow).toBe(4);
    expect(h.dataStart).toBe(5);
  });

  test('maps the columns, never the "No" column', () => {
    expect(h.fields).toEqual({
      nik: 1,
      no_kk: 2,
      nama: 3,
      jenis_kelamin: 4,
      tanggal_lahir: 5,
      alamat: 6,
      rt: 7,
      rw: 8,
      kelurahan: 9,
      kecamatan: 10,
      keterangan: 11,
    });
    expect(h.columns[0]).toEqual({ index: 0, label: 'No' });
    expect(h.columns[1]).toEqual({ index: 1, label: 'NIK', field: 'nik', how: 'exact' });
    expect(h.columns).toHaveLength(12);
  });

  test('reports the missing required field (the programme is only in the title) and keeps the title', () => {
    expect(h.issues).toEqual({ missing: ['program'], ambiguous: [] });
    expect(h.context.title).toEqual(['DAFTAR PENERIMA PKH KELURAHAN TANAH TINGGI', 'KECAMATAN BINJAI TIMUR', 'TAHUN 2025']);
  });

  test('gives a JSON-safe mapping with the 1-based header row', () => {
    expect(h.mapping.kind).toBe('beneficiary');
    expect(h.mapping.headerRow).toBe(5);
    expect(h.mapping.fields.nama).toEqual({ header: 'Nama KPM', index: 3 });
    expect(JSON.parse(JSON.stringify(h.mapping))).toEqual(h.mapping);
  });

  test('a "Program" column maps to the beneficiary programme, with empty columns between data', () => {
    const g = [
      ['No', 'NIK', '', 'Nama', '', 'Program', 'Nominal (Rp)'],
      [1, '1275011708800001', '', 'Budi', '', 'PKH', 750000],
    ];
    const r = detectHeader(g)!;
    expect(r.kind).toBe('beneficiary');
    expect(r.fields).toEqual({ nik: 1, nama: 3, program: 5, nominal: 6 });
    expect(r.columns.map((c) => c.index)).toEqual([0, 1, 3, 5, 6]);
    expect(r.issues.missing).toEqual([]);
  });
});

describe('Renja with a merged two-row header and a column-number row', () => {
  const top = [
    'Kode',
    'Program/Kegiatan/Sub Kegiatan',
    'Indikator Kinerja',
    'Target',
    'Satuan',
    'Pagu Anggaran (Rp)',
    'Realisasi Keuangan',
    '',
    '',
    '',
    'Realisasi Fisik (%)',
    '',
    '',
    '',
    'Ket',
  ];
  const sub = ['', '', '', '', '', '', 's.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV', 'TW I', 'TW II', 'TW III', 'TW IV', ''];
  const numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
  const data = [
    '1.06.02.2.01.0001',
    'Penyediaan Permakanan',
    'Jumlah penerima',
    120,
    'orang',
    250000000,
    50000000,
    100000000,
    150000000,
    240000000,
    25,
    50,
    75,
    100,
    '',
  ];
  const grid = [
    ['RENCANA KERJA (RENJA) PERANGKAT DAERAH'],
    ['DINAS SOSIAL KOTA BINJAI'],
    ['TAHUN ANGGARAN 2025'],
    [],
    top,
    sub,
    numbers,
    data,
  ];
  const h = detectHeader(grid)!;

  test('two header rows, data after the number row', () => {
    expect(h.kind).toBe('program');
    expect([h.firstHeaderRow, h.headerRow, h.dataStart]).toEqual([4, 5, 7]);
    expect(h.mapping.headerRow).toBe(6);
  });

  test('quarter sub-headers decide the suffix; labels combine the group and the sub-header', () => {
    expect(h.fields).toMatchObject({
      kode: 0,
      uraian: 1,
      indikator: 2,
      target: 3,
      satuan: 4,
      pagu: 5,
      realisasi_keuangan_tw1: 6,
      realisasi_keuangan_tw2: 7,
      realisasi_keuangan_tw3: 8,
      realisasi_keuangan_tw4: 9,
      realisasi_fisik_tw1: 10,
      realisasi_fisik_tw2: 11,
      realisasi_fisik_tw3: 12,
      realisasi_fisik_tw4: 13,
      keterangan: 14,
    });
    expect(h.columns[6].label).toBe('Realisasi Keuangan s.d. TW I');
    expect(h.columns[13].label).toBe('Realisasi Fisik (%) TW IV');
    expect(h.columns[0].label).toBe('Kode');
    expect(h.issues).toEqual({ missing: [], ambiguous: [] });
    expect(h.context.title).toEqual(['RENCANA KERJA (RENJA) PERANGKAT DAERAH', 'DINAS SOSIAL KOTA BINJAI', 'TAHUN ANGGARAN 2025']);
  });

  test('number rows as strings "(1)", with a formula, after a blank row', () => {
    const nums = numbers.map((n) => `(${n})`);
    nums[9] = '(10)=(9)/(6)';
    const g = [top, sub, [], nums, data];
    const r = detectHeader(g)!;
    expect([r.firstHeaderRow, r.headerRow, r.dataStart]).toEqual([0, 1, 4]);
    expect(r.fields.realisasi_fisik_tw4).toBe(13);
  });

  test('without a number row data starts right under the header', () => {
    const r = detectHeader([top, sub, data])!;
    expect(r.dataStart).toBe(2);
  });

  test('line breaks inside header cells', () => {
    const t = top.slice();
    t[6] = 'Realisasi\nKeuangan';
    const s = sub.slice();
    s[6] = 's.d.\n TW I';
    const r = detectHeader([t, s, data])!;
    expect(r.columns[6]).toEqual({ index: 6, label: 'Realisasi Keuangan s.d. TW I', field: 'realisasi_keuangan_tw1', how: 'exact' });
  });

  test('quarter numbers "1 | 2 | 3 | 4" under one group are sub-headers, not a number row', () => {
    const s = ['', '', '', '', '', '', 1, 2, 3, 4, '', '', '', '', ''];
    const t = top.slice(0, 10).concat(['', '', '', '', 'Ket']);
    const r = detectHeader([t, s, data])!;
    expect(r.headerRow).toBe(1);
    expect(r.fields.realisasi_keuangan_tw3).toBe(8);
    expect(r.columns[8].label).toBe('Realisasi Keuangan 3');
  });
});

describe('three header rows', () => {
  test('Realisasi over Keuangan / Fisik over TW columns', () => {
    const g = [
      ['LAPORAN REALISASI FISIK DAN KEUANGAN'],
      ['No', 'Kode Rekening', 'Uraian', 'Pagu', 'Realisasi', '', '', '', '', '', '', ''],
      ['', '', '', '', 'Keuangan', '', '', '', 'Fisik', '', '', ''],
      ['', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I', 'TW II', 'TW III', 'TW IV'],
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
      [1, '1.06.02.2.01.0001', 'Sub kegiatan', 1000, 100, 200, 300, 400, 10, 20, 30, 40],
    ];
    const h = detectHeader(g)!;
    expect([h.firstHeaderRow, h.headerRow, h.dataStart]).toEqual([1, 3, 5]);
    expect(h.fields).toEqual({
      kode: 1,
      uraian: 2,
      pagu: 3,
      realisasi_keuangan_tw1: 4,
      realisasi_keuangan_tw2: 5,
      realisasi_keuangan_tw3: 6,
      realisasi_keuangan_tw4: 7,
      realisasi_fisik_tw1: 8,
      realisasi_fisik_tw2: 9,
      realisasi_fisik_tw3: 10,
      realisasi_fisik_tw4: 11,
    });
    expect(h.columns.find((c) => c.index === 9)?.label).toBe('Realisasi Fisik TW II');
  });

  test('quarter groups over Rp | % sub-columns', () => {
    const g = [
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', '', '', ''],
      ['', '', '', 's.d. TW I', '', 's.d. TW II', ''],
      ['', '', '(Rp)', 'Rp', '%', 'Rp', '%'],
      ['1.06.02', 'Program', 1000, 100, 10, 300, 30],
    ];
    const h = detectHeader(g)!;
    expect([h.firstHeaderRow, h.headerRow, h.dataStart]).toEqual([0, 2, 3]);
    expect(h.fields).toEqual({
      kode: 0,
      uraian: 1,
      pagu: 2,
      realisasi_keuangan_tw1: 3,
      realisasi_fisik_tw1: 4,
      realisasi_keuangan_tw2: 5,
      realisasi_fisik_tw2: 6,
    });
    expect(h.columns[2].label).toBe('Pagu (Rp)');
  });

  test('a unit row under a one-row header belongs to the header', () => {
    const g = [
      ['Kode', 'Uraian', 'Pagu', 'Realisasi Keuangan s.d. TW I'],
      ['', '', '(Rp)', '(Rp)'],
      ['1.06.02', 'Program', 1000, 100],
    ];
    const h = detectHeader(g)!;
    expect([h.headerRow, h.dataStart]).toEqual([1, 2]);
    expect(h.fields).toEqual({ kode: 0, uraian: 1, pagu: 2, realisasi_keuangan_tw1: 3 });
  });

  test('a group row above some columns: vertical merges keep their own label', () => {
    const g = [
      ['No', 'Identitas Penerima', '', '', 'Alamat', '', '', 'Program'],
      ['', 'NIK', 'Nama', 'JK', 'Jalan', 'RT', 'RW', ''],
      [1, '1275011708800001', 'Budi', 'L', 'Jl. Melati', '001', '002', 'PKH'],
    ];
    const h = detectHeader(g)!;
    expect([h.firstHeaderRow, h.headerRow, h.dataStart]).toEqual([0, 1, 2]);
    expect(h.fields).toEqual({ nik: 1, nama: 2, jenis_kelamin: 3, alamat: 4, rt: 5, rw: 6, program: 7 });
    expect(h.columns.map((c) => c.label)).toEqual([
      'No',
      'Identitas Penerima NIK',
      'Identitas Penerima Nama',
      'Identitas Penerima JK',
      'Alamat Jalan',
      'Alamat RT',
      'Alamat RW',
      'Program',
    ]);
  });
});

describe('matching quality', () => {
  test('fuzzy typos', () => {
    const h = detectHeader([['NIK', 'Nama Lengkp', 'Kelurahaan', 'Kecamatn', 'Program']])!;
    expect(h.fields).toEqual({ nik: 0, nama: 1, kelurahan: 2, kecamatan: 3, program: 4 });
    expect(h.columns.map((c) => c.how)).toEqual(['exact', 'fuzzy', 'fuzzy', 'fuzzy', 'exact']);
  });

  test('two NIK columns: the first is kept, both are listed', () => {
    const h = detectHeader([['No', 'NIK', 'Nama', 'NIK', 'Program']])!;
    expect(h.fields.nik).toBe(1);
    expect(h.issues.ambiguous).toEqual([{ field: 'nik', headers: ['NIK', 'NIK'] }]);
    expect(h.columns[3]).toEqual({ index: 3, label: 'NIK' });
  });

  test('"Nama" and "Nama Lengkap": ambiguous, first kept', () => {
    const h = detectHeader([['NIK', 'Nama', 'Nama Lengkap', 'Program']])!;
    expect(h.fields.nama).toBe(1);
    expect(h.issues.ambiguous).toEqual([{ field: 'nama', headers: ['Nama', 'Nama Lengkap'] }]);
  });

  test('an exact match beats an earlier typo', () => {
    const h = detectHeader([['NIK', 'Nama Lengkp', 'Nama', 'Program']])!;
    expect(h.fields.nama).toBe(2);
    expect(h.issues.ambiguous).toEqual([{ field: 'nama', headers: ['Nama Lengkp', 'Nama'] }]);
  });

  test('per-quarter and cumulative columns: the cumulative one holds the field', () => {
    const h = detectHeader([['Kode', 'Pagu', 'Realisasi Keuangan TW II', 'Realisasi Keuangan s.d. Triwulan II']])!;
    expect(h.fields.realisasi_keuangan_tw2).toBe(3);
    expect(h.issues.ambiguous).toEqual([
      { field: 'realisasi_keuangan_tw2', headers: ['Realisasi Keuangan TW II', 'Realisasi Keuangan s.d. Triwulan II'] },
    ]);
  });

  test('headers that are words of Object.prototype', () => {
    expect(
      detectHeader([['NIK', 'Nama', 'Program', 'constructor', 'Realisasi constructor TW I', '__proto__', 'toString']])!.fields,
    ).toEqual({ nik: 0, nama: 1, program: 2 });
    expect(detectHeader([['Kode', 'Pagu', 'Realisasi Keuangan constructor', 'Realisasi valueOf TW I']])!.fields).toEqual({
      kode: 0,
      pagu: 1,
    });
  });

  test('missing required fields', () => {
    const h = detectHeader([['No', 'NIK', 'Alamat', 'Kelurahan']])!;
    expect(h.kind).toBe('beneficiary');
    expect(h.issues.missing).toEqual(['nama', 'program']);
    const p = detectHeader([['Kode', 'Uraian', 'Satuan', 'Target']])!;
    expect(p.kind).toBe('program');
    expect(p.issues.missing).toEqual(['pagu']);
  });
});

describe('kind', () => {
  test('chosen by the better score', () => {
    expect(detectHeader([['NIK', 'Nama', 'Program', 'Keterangan']])!.kind).toBe('beneficiary');
    expect(detectHeader([['Kode', 'Program', 'Pagu', 'Keterangan']])!.kind).toBe('program');
    expect(detectHeader([['OPD', 'Kode', 'Uraian', 'Misi', 'Sasaran', 'Indikator Kinerja', 'Target', 'Satuan', 'Pagu']])!.fields).toEqual({
      opd: 0,
      kode: 1,
      uraian: 2,
      misi: 3,
      sasaran: 4,
      indikator: 5,
      target: 6,
      satuan: 7,
      pagu: 8,
    });
  });

  test('forced', () => {
    const g = [['NIK', 'Nama', 'Program', 'Keterangan']];
    expect(detectHeader(g, { kind: 'program' })).toBeUndefined();
    const p = detectHeader([['Program', 'Kode', 'Pagu', 'Keterangan']], { kind: 'program' })!;
    expect(p.fields).toEqual({ program: 0, kode: 1, pagu: 2, keterangan: 3 });
  });
});

describe('not a register', () => {
  test.each([
    ['empty', []],
    ['title only', [['LAPORAN KEGIATAN'], ['TAHUN 2025'], [], ['Binjai, 1 Januari 2026']]],
    ['a summary table', [['REKAP'], ['Bulan', 'Jumlah', 'Total'], ['Januari', 10, 20]]],
    ['optional fields only', [['Alamat', 'Kelurahan', 'Kecamatan']]],
    ['one required field only', [['NIK', 'Foo', 'Bar']]],
    [
      'rows of nothing',
      [
        [null, undefined, ''],
        [' ', '\n'],
      ],
    ],
  ] as const)('%s', (_name, grid) => {
    expect(detectHeader(grid as unknown as unknown[][])).toBeUndefined();
  });
});

describe('scan window', () => {
  const header = ['NIK', 'Nama', 'Program'];
  const at = (row: number) => {
    const g: unknown[][] = [];
    for (let r = 0; r < row; r++) g.push(r === 0 ? ['DAFTAR PENERIMA'] : []);
    g.push(header, ['1275011708800001', 'Budi', 'PKH']);
    return g;
  };
  test('a header in sheet row 10 is found', () => {
    expect(detectHeader(at(9))?.headerRow).toBe(9);
  });
  test('a header in sheet row 11 is not', () => {
    expect(detectHeader(at(10))).toBeUndefined();
  });

  test('reads only the top of a 500,000-row grid', () => {
    const row = ['1275011708800001', 'Budi', 'PKH'];
    const rows: unknown[][] = [['DAFTAR PENERIMA'], header];
    for (let i = 0; i < 500_000; i++) rows.push(row);
    let maxRead = -1;
    const grid = new Proxy(rows, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^\d+$/.test(prop)) maxRead = Math.max(maxRead, Number(prop));
        return Reflect.get(target, prop, receiver);
      },
    });
    const t0 = Date.now();
    const h = detectHeader(grid)!;
    expect(Date.now() - t0).toBeLessThan(200);
    expect(h.headerRow).toBe(1);
    expect(maxRead).toBeLessThan(16);
  });
});

describe('odd cells', () => {
  test('ragged rows and non-string header cells (numbers, dates, null, booleans)', () => {
    const g: unknown[][] = [
      ['DAFTAR PENERIMA BPNT'],
      ['No', 'NIK', null, 'Nama', 2025, new Date(2025, 0, 31), true, undefined, 'Program'],
      [1, '1275011708800001'],
      [2, '1275011708800002', '', 'Ani', '', '', '', '', 'BPNT', 'extra', 'cells'],
    ];
    const h = detectHeader(g)!;
    expect(h.headerRow).toBe(1);
    expect(h.fields).toEqual({ nik: 1, nama: 3, program: 8 });
    expect(h.columns.map((c) => [c.index, c.label])).toEqual([
      [0, 'No'],
      [1, 'NIK'],
      [3, 'Nama'],
      [4, '2025'],
      [5, '31/01/2025'],
      [6, 'TRUE'],
      [8, 'Program'],
    ]);
    expect(h.dataStart).toBe(2);
  });

  test('a short header row under a wider title, and holes in the grid', () => {
    const g = [['A', 'B', 'C', 'D', 'E', 'F', 'G'], undefined, ['NIK', 'Nama', 'Program']] as unknown as unknown[][];
    const h = detectHeader(g)!;
    expect(h.headerRow).toBe(2);
    expect(h.context.title).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  test('a repeated header further down does not move the header', () => {
    const g = [
      ['NIK', 'Nama', 'Program'],
      ['1275011708800001', 'Budi', 'PKH'],
      ['NIK', 'Nama', 'Program'],
    ];
    expect(detectHeader(g)!.headerRow).toBe(0);
  });
});

describe('property', () => {
  test('never throws; a result is consistent with the grid', () => {
    const words = [
      'NIK',
      'Nama',
      'Program',
      'Kode',
      'Pagu',
      'Realisasi Keuangan',
      's.d. TW II',
      'TW I',
      '%',
      'Rp',
      'No',
      '',
      '',
      'Kel',
      '1',
      '(2)',
    ];
    const cell = fc.oneof(
      fc.constantFrom(...words),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: false }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 16 }), (grid) => {
        const h = detectHeader(grid);
        if (!h) return;
        expect(h.firstHeaderRow).toBeLessThan(10);
        expect(h.headerRow).toBeGreaterThanOrEqual(h.firstHeaderRow);
        expect(h.headerRow - h.firstHeaderRow).toBeLessThan(3);
        expect(h.dataStart).toBeGreaterThan(h.headerRow);
        const cols = new Set(h.columns.map((c) => c.index));
        for (const i of Object.values(h.fields)) expect(cols.has(i)).toBe(true);
        expect(new Set(Object.values(h.fields)).size).toBe(Object.keys(h.fields).length);
        expect(Object.keys(h.fields).length).toBeGreaterThanOrEqual(2);
        expect(JSON.parse(JSON.stringify(h.mapping))).toEqual(h.mapping);
      }),
      { numRuns: 500 },
    );
  });
});

describe('"Jenis Kelamin" over ticked L | P sub-columns', () => {
  const grid = [
    ['No', 'NIK', 'Nama', 'Jenis Kelamin', '', 'Program'],
    ['', '', '', 'L', 'P', ''],
    [1, '1275015708800001', 'Siti', '', 'V', 'PKH'],
    [2, '1275011708550002', 'Budi', '√', '', 'PKH'],
    [3, '1275011708550003', 'Andi', true, false, 'PKH'],
    [4, '1275011708550004', 'Ani', '-', 1, 'PKH'],
    [5, '1275011708550005', 'Dua', 'V', 'V', 'PKH'],
    [6, '1275011708550006', 'Tak', '', '', 'PKH'],
  ];

  test('is one field read from both columns, not an ambiguity', () => {
    const h = detectHeader(grid)!;
    expect(h.sexTicks).toEqual({ L: 3, P: 4 });
    expect(h.issues.ambiguous).toEqual([]);
  });

  test('a tick gives its column letter; both ticked is unreadable; none is empty', () => {
    const h = detectHeader(grid)!;
    const parsed = parseRows('beneficiary', grid, h, { tzOffsetMinutes: 420, today: 20000 });
    expect(parsed.rows.map((r) => ('jenis_kelamin' in r ? r.jenis_kelamin : undefined))).toEqual([
      'P',
      'L',
      'L',
      'P',
      undefined,
      undefined,
    ]);
    expect(parsed.issues).toEqual([{ row: 7, field: 'jenis_kelamin', problem: 'enum', shown: 'V / V' }]);
  });

  test('a "L/P" column holding letters is read as before', () => {
    const h = detectHeader([['NIK', 'Nama', 'Jenis Kelamin (L/P)', 'Program']])!;
    expect(h.sexTicks).toBeUndefined();
  });
});
