// Reading .csv inputs: encodings, delimiters, RFC 4180 quoting, and the grid shape the engine expects.
import { writeFileSync } from 'node:fs';
import { decodeCsv, detectDelimiter, parseCsv } from '../../../src/cli/io/csv';
import { loadWorkbook } from '../../../src/cli/io';
import { tempDir } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('parseCsv', () => {
  test('quoted fields hold delimiters, doubled quotes and line breaks; CRLF, LF and CR end records', () => {
    const text = 'a,"b,c","say ""hi"""\r\n"multi\nline",,x\rlast,"",\n';
    expect(parseCsv(text, ',')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['multi\nline', '', 'x'],
      ['last', '', ''],
    ]);
  });

  test('lenient like spreadsheets: stray quotes kept, text after a closing quote kept, an unclosed quote runs to the end', () => {
    expect(parseCsv('5" pipe,ok\n"a"b,c\n"open,x\ny', ',')).toEqual([['5" pipe', 'ok'], ['ab', 'c'], ['open,x\ny']]);
  });

  test('empty lines stay (they keep row numbers) and no record is made after the final line break', () => {
    expect(parseCsv('a\n\nb\n', ',')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('', ',')).toEqual([]);
  });
});

describe('detectDelimiter', () => {
  test('";" from Indonesian Excel, even with decimal commas and unquoted commas in addresses', () => {
    const text = 'No;Nama;Alamat;Nominal\n1;Boy;Jl. Sudirman, No. 5;1.250.000,50\n2;Siti;Jl. Gatot Subroto, Gg. Mawar, No. 7;600.000,00\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  test('"," when commas are consistent; semicolons inside quotes do not count; tab for tab-separated text', () => {
    expect(detectDelimiter('No,Nama,Catatan\n1,Boy,"a;b;c;d"\n2,Siti,"x;y"\n')).toBe(',');
    expect(detectDelimiter('No\tNama\n1\tBoy\n')).toBe('\t');
    expect(detectDelimiter('Nama\nBoy\n')).toBe(',');
  });

  test('a title row padded with delimiters (as Excel saves a sheet) still points to the right delimiter', () => {
    expect(detectDelimiter('DAFTAR PENERIMA, KOTA BINJAI;;;\n;;;\nNo;NIK;Nama;Alamat\n1;1275;Boy;Jl. A, No. 1\n')).toBe(';');
  });
});

describe('decodeCsv', () => {
  test('UTF-8 with and without BOM; Windows-1252 when the bytes are not UTF-8; UTF-16 by its BOM', () => {
    expect(decodeCsv(Buffer.concat([BOM, Buffer.from('Renée;Aisyah', 'utf8')]))).toBe('Renée;Aisyah');
    expect(decodeCsv(Buffer.from('Renée', 'utf8'))).toBe('Renée');
    expect(decodeCsv(Buffer.from([0x52, 0x65, 0x6e, 0xe9, 0x65]))).toBe('Renée');
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('NIK\tNama', 'utf16le')]))).toBe('NIK\tNama');
  });
});

describe('loading a .csv', () => {
  test('one sheet named after the file, strings only, rectangular, no trailing empty rows or columns', async () => {
    const path = tmp.file('Penerima PKH.csv');
    const body =
      'DAFTAR PENERIMA PKH;;;;\r\nNo;NIK;Nama;Catatan;\r\n1;1275041708800001;"Boy ""Lucky""";"baris\r\nkedua";\r\n2;0012345678901234;Siti Aisyah;;\r\n;;;;\r\n;;;;\r\n';
    writeFileSync(path, Buffer.concat([BOM, Buffer.from(body, 'utf8')]));
    const wb = await loadWorkbook(path);
    expect(wb.format).toBe('csv');
    expect(wb.name).toBe('Penerima PKH.csv');
    expect(wb.sheetNames()).toEqual(['Penerima PKH']);
    const sheet = wb.readSheet('Penerima PKH');
    expect(sheet.numberFormats).toBeUndefined();
    expect(sheet.values).toEqual([
      ['DAFTAR PENERIMA PKH', '', '', ''],
      ['No', 'NIK', 'Nama', 'Catatan'],
      ['1', '1275041708800001', 'Boy "Lucky"', 'baris\r\nkedua'],
      ['2', '0012345678901234', 'Siti Aisyah', ''],
    ]);
  });

  test('content decides: an .xlsx named .csv is read as a workbook', async () => {
    const { writeRawXlsx } = await import('./fixtures');
    const path = writeRawXlsx(tmp.file('sebenarnya-xlsx.csv'), {
      sheets: [{ name: 'Data', xml: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' }],
    });
    const wb = await loadWorkbook(path);
    expect(wb.format).toBe('xlsx');
    expect(wb.readSheet('Data').values).toEqual([[7]]);
  });
});
