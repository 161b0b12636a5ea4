// `sinergi consolidate` on the demo workbooks: a master with provenance columns, a broken file reported as unreachable.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { main } from '../../src/cli/main';
import { generateDemo, writeDemo } from '../../src/cli/demo';
import { loadWorkbook } from '../../src/cli/io';
import { fieldCount } from '../../src/core/sync/columns';

jest.setTimeout(120000);

test('consolidates the demo files into master.xlsx with provenance; a broken file is unreachable, the rest consolidate', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-consolidate-'));
  const set = generateDemo({ recipients: 300 });
  // A source cell holding a formula-like text reaches the master as that text.
  const ben = set.workbooks.find((w) => w.sheets.some((s) => s.rows.some((r) => r.some((v) => v === 'PKH'))))!;
  const files = await writeDemo(dir, set);
  const broken = join(dir, 'rusak.xlsx');
  writeFileSync(broken, 'PK\u0003\u0004 this is not a workbook');
  const out = join(dir, 'master.xlsx');
  let stdout = '';
  const code = await main(['consolidate', ...files, broken, '--out', out, '--today', '2025-12-01'], {
    out: (s) => (stdout += s),
    err: (s) => (stdout += s),
  });
  expect([0, 1]).toContain(code);
  expect(stdout).toContain('rusak.xlsx: tidak bisa dibuka');
  const master = await loadWorkbook(out);
  expect(master.sheetNames()).toEqual(expect.arrayContaining(['Konsolidasi Penerima', 'Konsolidasi Program', 'Sumber', 'Temuan']));
  const rows = master.readSheet('Konsolidasi Penerima').values;
  const n = fieldCount('beneficiary');
  expect(rows[0].slice(n)).toEqual(['Sumber', 'Sheet', 'Baris', 'Sidik baris', 'Disinkronkan']);
  expect(rows.length).toBeGreaterThan(100);
  const names = new Set(files.map((f) => basename(f)));
  for (const r of rows.slice(1)) {
    expect(names.has(String(r[n]))).toBe(true);
    expect(typeof r[n + 1]).toBe('string');
    expect(Number(r[n + 2])).toBeGreaterThan(1);
  }
  expect(rows.slice(1).some((r) => String(r[n]) === basename(ben.file))).toBe(true);
  const sources = master.readSheet('Sumber').values;
  expect(sources.find((r) => r[0] === 'rusak.xlsx')?.[4]).toBe('tidak bisa dibuka');
  // Every demo file opens; only the broken one is unreachable.
  expect(
    sources
      .slice(1)
      .filter((r) => r[4] === 'tidak bisa dibuka')
      .map((r) => r[0]),
  ).toEqual(['rusak.xlsx']);
  expect(sources.filter((r) => r[4] === 'baik' || r[4] === 'ada kesalahan').length).toBeGreaterThan(files.length / 2);
  const findings = master.readSheet('Temuan').values;
  expect(findings.some((r) => r[6] === 'source.unreachable' && r[1] === 'rusak.xlsx')).toBe(true);
});

test('a formula-like text in a source reaches the master as that text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-consolidate-f-'));
  const src = join(dir, 'sumber.csv');
  writeFileSync(src, 'NIK,Nama,Program,Keterangan\n' + '\'1275041708800001,Boy Lucky,PKH,"=IMPORTXML(""http://x"",""//a"")"\n');
  const out = join(dir, 'master.xlsx');
  const code = await main(['consolidate', src, '--out', out, '--today', '2025-12-01'], { out: () => undefined, err: () => undefined });
  expect([0, 1]).toContain(code);
  const rows = (await loadWorkbook(out)).readSheet('Konsolidasi Penerima').values;
  expect(rows[1]).toContain('=IMPORTXML("http://x","//a")');
  expect(rows[1][0]).toBe('1275041708800001');
});
