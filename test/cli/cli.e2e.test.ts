// The built `sinergi` command end to end: exit codes, the JSON contract, the .xlsx report, inputs left untouched.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ReportSchema } from './report-schema';

const root = join(__dirname, '..', '..');
const bin = join(root, 'dist', 'cli', 'sinergi.js');
const dir = mkdtempSync(join(tmpdir(), 'sinergi-cli-'));

function sinergi(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

const HEAD = 'NIK;No KK;Nama;JK;Tgl Lahir;Kelurahan;Kecamatan;Program;Periode';
const clean = join(dir, 'bersih.csv');
writeFileSync(
  clean,
  '\ufeff' + [HEAD, '1275041708800001;1275040101100003;Boy Lucky Rizqi;L;17/08/1980;Tanah Tinggi;Binjai Timur;PKH;2025'].join('\r\n'),
);
const faulty = join(dir, 'bermasalah.csv');
writeFileSync(
  faulty,
  [
    HEAD,
    '127504170880;1275040101100003;Siti;P;17/08/1980;Tanah Tingi;Binjai Timur;PKH;2025',
    '1275045708850002;1275040101100003;=HYPERLINK("http://x");P;17/08/1985;Tanah Tinggi;Binjai Timur;PKH;2025',
  ].join('\n'),
);

test('exit 0 when there is no error finding', () => {
  const r = sinergi('check', clean, '--quiet', '--today', '2026-11-28');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain('Register ditemukan: 1');
});

test('exit 1 with error findings; the summary names rules and cells in Indonesian, or English with --lang en', () => {
  const r = sinergi('check', faulty, '--today', '2026-11-28');
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/nik\.format/);
  expect(r.out).toMatch(/bermasalah\.csv › bermasalah!A2/);
  expect(r.out).toContain('Maksud Anda: "Tanah Tinggi"?');
  const en = sinergi('check', faulty, '--lang', 'en', '--today', '2026-11-28');
  expect(en.code).toBe(1);
  expect(en.out).toContain('Did you mean "Tanah Tinggi"?');
});

test('--format json passes the schema; rows are 1-based sheet rows', () => {
  const r = sinergi('check', faulty, '--format', 'json', '--today', '2026-11-28');
  expect(r.code).toBe(1);
  const report = ReportSchema.parse(JSON.parse(r.out));
  expect(report.registers[0]).toMatchObject({ sheet: 'bermasalah', kind: 'beneficiary', headerRow: 1, rows: 2 });
  expect(report.findings.find((f) => f.rule === 'nik.format')).toMatchObject({ row: 2, cell: 'A2', column: 'NIK' });
  expect(report.summary.errors).toBeGreaterThan(0);
});

test('--out writes a readable .xlsx report and the inputs stay byte-identical', async () => {
  const before = sha(faulty);
  const out = join(dir, 'laporan.xlsx');
  const html = join(dir, 'laporan.html');
  const r = sinergi('check', faulty, '--out', out, '--html', html, '--quiet', '--today', '2026-11-28');
  expect(r.code).toBe(1);
  expect(sha(faulty)).toBe(before);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Temuan', 'Rekap']));
  expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
});

describe('exit 2 with a clear message', () => {
  test('no such file', () => {
    const r = sinergi('check', join(dir, 'tidak-ada.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak-ada\.xlsx/);
  });
  test('not a spreadsheet', () => {
    const p = join(dir, 'catatan.xlsx');
    writeFileSync(p, 'ini bukan spreadsheet');
    const r = sinergi('check', p);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/catatan\.xlsx/);
  });
  test('password-protected (an OLE file)', () => {
    const p = join(dir, 'terkunci.xlsx');
    writeFileSync(p, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
    const r = sinergi('check', p);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/terkunci\.xlsx/);
  });
  test('an empty workbook', async () => {
    const p = join(dir, 'kosong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    await wb.xlsx.writeFile(p);
    const r = sinergi('check', p);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kosong\.xlsx/);
  });
  test('a usage error', () => {
    const r = sinergi('check', clean, '--format', 'yaml');
    expect(r.code).toBe(2);
    expect(sinergi('check').code).toBe(2);
    expect(sinergi('--today').code).toBe(2);
  });
});

test('--help and --version', () => {
  expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toMatch(/check.*\n.*rollup/s);
  expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

describe('reports never replace inputs and fail with exit 2, a one-line message and no stack trace', () => {
  const oneLine = (s: string) => {
    expect(s).not.toMatch(/\n\s+at /);
    expect(s.trim().split('\n')).toHaveLength(1);
  };
  test('--html or --json naming an input (or a --ref) is refused', () => {
    const before = sha(faulty);
    const r = sinergi('check', faulty, '--html', faulty, '--quiet', '--today', '2026-11-28');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bermasalah\.csv/);
    oneLine(r.err);
    const j = sinergi('check', clean, '--ref', faulty, '--json', faulty, '--quiet', '--lang', 'en', '--today', '2026-11-28');
    expect(j.code).toBe(2);
    expect(j.err).toMatch(/input file/);
    expect(sha(faulty)).toBe(before);
  });
  test('--html/--json/--out into a missing folder or onto a folder', () => {
    for (const flag of ['--html', '--json', '--out']) {
      const r = sinergi('check', clean, flag, join(dir, 'tidak-ada', 'laporan.x'), '--quiet', '--today', '2026-11-28');
      expect(r.code).toBe(2);
      expect(r.err).toContain('foldernya tidak ada');
      oneLine(r.err);
    }
    const en = sinergi('check', clean, '--html', dir, '--lang', 'en', '--quiet', '--today', '2026-11-28');
    expect(en.code).toBe(2);
    expect(en.err).toContain('that name is a folder');
    oneLine(en.err);
  });
  test('demo --dir naming a file', () => {
    const r = sinergi('demo', '--dir', clean, '--quiet');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bersih\.csv/);
    oneLine(r.err);
  });
  test('a stray value at XFD1048576 is a clear input error, not an out-of-memory crash', async () => {
    const p = join(dir, 'jauh.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Penerima');
    ws.addRow(HEAD.split(';'));
    ws.getCell('XFD1048576').value = 'x';
    await wb.xlsx.writeFile(p);
    const r = sinergi('check', clean, p, '--quiet', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"jauh\.xlsx" is too large.*XFD1048576/);
    oneLine(r.err);
  });
});
