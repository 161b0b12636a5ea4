// Every way an input can fail, as a typed InputError with a code, the path, and words in Indonesian and English.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { InputError, loadWorkbook, type InputErrorCode } from '../../../src/cli/io';
import { rawXlsx, tempDir, writeRawXlsx, zip } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function failure(path: string): Promise<InputError> {
  try {
    await loadWorkbook(path);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`${path} loaded`);
}

async function expectCode(path: string, code: InputErrorCode, id: RegExp, en: RegExp): Promise<InputError> {
  const e = await failure(path);
  expect(e.code).toBe(code);
  expect(e.path).toBe(path);
  expect(e.message).toBe(e.describe('id'));
  expect(e.describe('id')).toMatch(id);
  expect(e.describe('en')).toMatch(en);
  expect(e.describe('id')).not.toMatch(/\{\w+\}|io\./);
  return e;
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const sheet1 = [{ name: 'Data', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }];

test('not_found: no such file, or a folder on the way', async () => {
  await expectCode(tmp.file('tidak-ada.xlsx'), 'not_found', /tidak ditemukan/, /not found/);
  writeFileSync(tmp.file('berkas'), 'x');
  await expectCode(tmp.file('berkas/di-dalam.xlsx'), 'not_found', /tidak ditemukan/, /not found/);
});

test('not_spreadsheet: text or a PDF renamed .xlsx, a .txt, a web page saved as .xls, a zip that is no workbook, a folder', async () => {
  writeFileSync(tmp.file('catatan.txt'), 'No,Nama\n1,Boy\n');
  await expectCode(tmp.file('catatan.txt'), 'not_spreadsheet', /bukan spreadsheet/, /not a spreadsheet/);
  writeFileSync(tmp.file('teks.xlsx'), 'No,Nama\n1,Boy\n');
  await expectCode(tmp.file('teks.xlsx'), 'not_spreadsheet', /bukan spreadsheet/, /not a spreadsheet/);
  writeFileSync(tmp.file('surat.xlsx'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3])]));
  await expectCode(tmp.file('surat.xlsx'), 'not_spreadsheet', /bukan spreadsheet/, /not a spreadsheet/);
  writeFileSync(tmp.file('unduhan.xls'), '\ufeff<html><body><table><tr><td>NIK</td></tr></table></body></html>');
  await expectCode(tmp.file('unduhan.xls'), 'not_spreadsheet', /halaman web/, /web page/);
  writeFileSync(tmp.file('xml2003.xls'), '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>');
  await expectCode(tmp.file('xml2003.xls'), 'not_spreadsheet', /halaman web atau XML/, /XML/);
  writeFileSync(tmp.file('dokumen.xlsx'), zip([{ name: 'word/document.xml', data: '<w:document/>' }]));
  await expectCode(tmp.file('dokumen.xlsx'), 'not_spreadsheet', /ZIP/, /ZIP/);
  writeFileSync(tmp.file('biner.csv'), Buffer.from([0x4e, 0x00, 0x49, 0x00, 0x4b]));
  await expectCode(tmp.file('biner.csv'), 'not_spreadsheet', /bukan spreadsheet/, /not a spreadsheet/);
  mkdirSync(tmp.file('folder.xlsx'));
  await expectCode(tmp.file('folder.xlsx'), 'not_spreadsheet', /folder/, /folder/);
});

test('password_protected: an encrypted .xlsx (OLE with EncryptedPackage), an old .xls, an encrypted zip entry', async () => {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  writeFileSync(tmp.file('rahasia.xlsx'), Buffer.concat([OLE, Buffer.alloc(504), name, Buffer.alloc(64)]));
  await expectCode(tmp.file('rahasia.xlsx'), 'password_protected', /dilindungi kata sandi\. Buka di Excel, hapus/, /password-protected/);
  writeFileSync(tmp.file('lama.xls'), Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]));
  await expectCode(
    tmp.file('lama.xls'),
    'password_protected',
    /\.xls\).*simpan sebagai \.xlsx/,
    /old Excel file \(\.xls\).*without a password/,
  );
  const pkg = rawXlsx({ sheets: sheet1 });
  // Set the "encrypted" flag of every entry in local and central headers.
  for (let i = 0; i + 4 <= pkg.length; i++) {
    const sig = pkg.readUInt32LE(i);
    if (sig === 0x04034b50) pkg.writeUInt16LE(pkg.readUInt16LE(i + 6) | 1, i + 6);
    if (sig === 0x02014b50) pkg.writeUInt16LE(pkg.readUInt16LE(i + 8) | 1, i + 8);
  }
  writeFileSync(tmp.file('zip-sandi.xlsx'), pkg);
  await expectCode(tmp.file('zip-sandi.xlsx'), 'password_protected', /kata sandi/, /password/);
});

test('empty: a 0-byte file, a CSV of empty lines, a workbook whose sheets hold no value', async () => {
  writeFileSync(tmp.file('nol.xlsx'), '');
  await expectCode(tmp.file('nol.xlsx'), 'empty', /0 bita/, /0 bytes/);
  writeFileSync(tmp.file('kosong.csv'), '\ufeff;;;\r\n;;\r\n\r\n');
  await expectCode(tmp.file('kosong.csv'), 'empty', /tidak berisi data/, /no data/);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').getCell('B2').numFmt = '@';
  wb.addWorksheet('Sheet2');
  await wb.xlsx.writeFile(tmp.file('kosong.xlsx'));
  await expectCode(tmp.file('kosong.xlsx'), 'empty', /tidak berisi data/, /no data/);
});

describe('unreadable: never a silently partial grid', () => {
  test('a copy cut short (no end of the zip directory)', async () => {
    const pkg = rawXlsx({ sheets: sheet1 });
    writeFileSync(tmp.file('terpotong.xlsx'), pkg.subarray(0, Math.floor(pkg.length * 0.6)));
    const e = await expectCode(tmp.file('terpotong.xlsx'), 'unreadable', /terpotong/, /cut short/);
    expect(e.reason).toEqual({ key: 'io.reason.cut_short' });
  });

  test('damaged compressed data, and a part whose checksum fails', async () => {
    const big = rawXlsx({
      sheets: [
        {
          name: 'Data',
          xml: `<sheetData>${Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7919}</v></c></row>`).join('')}</sheetData>`,
        },
      ],
    });
    const at = big.indexOf('xl/worksheets/sheet1.xml') + 200;
    const bad = Buffer.from(big);
    for (let i = 0; i < 64; i++) bad[at + i] ^= 0x5a;
    writeFileSync(tmp.file('rusak.xlsx'), bad);
    expect((await expectCode(tmp.file('rusak.xlsx'), 'unreadable', /isinya rusak/, /contents are damaged/)).reason).toEqual({
      key: 'io.reason.damaged',
    });

    const stored = rawXlsx({ sheets: sheet1, stored: true });
    const v = stored.indexOf('<v>1</v>');
    stored[v + 3] = '2'.charCodeAt(0);
    writeFileSync(tmp.file('crc.xlsx'), stored);
    expect((await expectCode(tmp.file('crc.xlsx'), 'unreadable', /isinya rusak/, /contents are damaged/)).reason).toEqual({
      key: 'io.reason.damaged',
    });
  });

  test('a sheet that ends early, a sheet part missing, shared strings missing', async () => {
    await expectCode(
      writeRawXlsx(tmp.file('sheet-terpotong.xlsx'), {
        sheets: [{ name: 'Data', xml: '<?xml version="1.0"?><worksheet><sheetData><row r="1">' }],
      }),
      'unreadable',
      /sheet "Data" terpotong/,
      /sheet "Data" are cut off/,
    );
    await expectCode(
      writeRawXlsx(tmp.file('tanpa-sheet.xlsx'), { sheets: sheet1, omit: ['xl/worksheets/sheet1.xml'] }),
      'unreadable',
      /sheet "Data" tidak ditemukan/,
      /sheet "Data" is missing/,
    );
    const s = [{ name: 'Data', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }];
    await expectCode(
      writeRawXlsx(tmp.file('tanpa-sst.xlsx'), { sheets: s, strings: ['NIK'], omit: ['xl/sharedStrings.xml'] }),
      'unreadable',
      /sharedStrings/,
      /sharedStrings/,
    );
  });
});

test('inputs are only read: loading leaves the file byte for byte as it was', async () => {
  const path = writeRawXlsx(tmp.file('utuh.xlsx'), { sheets: sheet1 });
  const before = readFileSync(path);
  const wb = await loadWorkbook(path);
  expect(() => wb.writeTable('Temuan', { rows: [['x']] })).toThrow(/read-only/);
  expect(readFileSync(path).equals(before)).toBe(true);
});
