// The HTML report as a string: escaping, a self-contained page in both languages, chart data read from the rollup tables.
import { renderHtml, REPORT_CSP } from '../../../src/cli/report/html';
import { realisationData, verificationData } from '../../../src/cli/report/html-chart-data';
import { clientData, otherPlaces } from '../../../src/cli/report/html-findings';
import { jsonForScript } from '../../../src/cli/report/html-escape';
import type { ReportTable } from '../../../src/cli/report/json';
import { beneficiaryRollup } from '../../../src/core/rollup/beneficiary';
import { programRollup } from '../../../src/core/rollup/program';
import { escapeHtml } from '../../../src/core/text/html';
import { XSS, XSS_SHEET, findings, makeReport } from './report-fixture';

const AT = new Date(2025, 7, 17, 14, 5);

describe('escapeHtml', () => {
  test.each([
    ['plain text', 'plain text'],
    ['<b>', '&lt;b&gt;'],
    ['a & b', 'a &amp; b'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["it's", 'it&#39;s'],
    [XSS, '&lt;img src=x onerror=alert(1)&gt;'],
    [XSS_SHEET, '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['&amp;', '&amp;amp;'],
    ['', ''],
  ])('%j -> %j', (input, out) => expect(escapeHtml(input)).toBe(out));

  test('non-strings are stringified, absent values are empty', () => {
    expect(escapeHtml(12.5)).toBe('12.5');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(null)).toBe('');
  });
});

describe('jsonForScript', () => {
  const nasty = { a: XSS_SHEET, b: '<!-- & -->', c: 'line\u2028sep\u2029para', d: ['</SCRIPT>', 1, null] };

  test('no character that could end or bend a script element survives', () => {
    const s = jsonForScript(nasty);
    expect(s).not.toMatch(/[<>&\u2028\u2029]/);
    expect(s).toContain('\\u003c/script\\u003e');
  });

  test('JSON.parse reads back the same value', () => expect(JSON.parse(jsonForScript(nasty))).toEqual(nasty));
});

describe('renderHtml', () => {
  const id = renderHtml(makeReport(), 'id', { generatedAt: AT });
  const en = renderHtml(makeReport(), 'en', { generatedAt: AT });

  test.each([
    ['id', id],
    ['en', en],
  ])('%s: self-contained, nothing can load from the network', (_lang, html) => {
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/\/\/[a-z0-9-]+\.[a-z]/i);
    expect(html).not.toMatch(/<link\b|<iframe\b|<object\b|<embed\b|<img\b|@import|url\(/i);
    // Inside tags only: the escaped sample data legitimately reads "src=x onerror=" as text.
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)=["']?[^"'#\s>]/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:");
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  test('Bahasa Indonesia page', () => {
    expect(id).toContain('<html lang="id">');
    expect(id).toContain('<title>Laporan Sinergi</title>');
    expect(id).toContain('Dibuat 17 Agustus 2025 14.05 · Sinergi versi 0.1.0');
    for (const w of [
      'Ringkasan',
      'Daftar temuan',
      'Semua aturan',
      'Semua tingkat',
      'Semua berkas',
      'Galat',
      'Peringatan',
      'Register yang ditemukan',
    ])
      expect(id).toContain(w);
  });

  test('English page', () => {
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<title>Sinergi Report</title>');
    expect(en).toContain('Generated 17 August 2025 14:05 · Sinergi version 0.1.0');
    for (const w of ['Summary', 'Findings', 'All rules', 'All severities', 'All files', 'Errors', 'Registers found'])
      expect(en).toContain(w);
    expect(en).not.toContain('Daftar temuan');
  });

  test('summary cards, counts per rule, registers with their mapping', () => {
    expect(id).toMatch(/<div class="n">14<\/div><div class="l">Galat/);
    expect(id).toMatch(/<div class="n">13<\/div><div class="l">Peringatan/);
    expect(id).toMatch(/<div class="n">3<\/div><div class="l">Info/);
    expect(id).toContain('data-rule="nik.format">nik.format</button>');
    expect(id).toContain('Penerima bantuan');
    expect(id).toContain('Lihat 6 kolom yang dipetakan');
    expect(id).toContain('<td>Nomor KK</td><td>No. KK</td>');
  });

  test('rollup tables and both charts are rendered on the server', () => {
    expect(id).toContain('Progres program per OPD s.d. TW II');
    expect(id).toContain('<td class="num">42.500.000.000</td>');
    expect(id).toMatch(/<tr class="total"><td>Jumlah<\/td>/);
    expect(id).toMatch(/<svg class="chart" id="chart-realisation"[^>]*role="img"[^>]*aria-label="Realisasi keuangan dan fisik per OPD/);
    expect(id).toMatch(/<svg class="chart" id="chart-verification"[^>]*role="img"/);
    expect(id).toContain('<title id="chart-realisation-title">Realisasi keuangan dan fisik per OPD</title>');
    expect(id).toContain('Persentase realisasi terhadap pagu (%)');
    expect(id).toContain('Porsi penerima menurut tahap verifikasi (%)');
    expect((id.match(/<rect class="bar"/g) ?? []).length).toBe(10 + 21);
  });

  test('data that looks like markup is text everywhere: tables, SVG labels, the embedded JSON', () => {
    for (const html of [id, en]) {
      expect(html).not.toContain(XSS);
      expect(html).not.toContain('<script>alert');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      // Exactly one data block and one script: nothing in the data opened another.
      expect(html.match(/<script\b/g)).toHaveLength(2);
      expect(html.match(/<\/script>/g)).toHaveLength(2);
      const json = html.match(/<script type="application\/json" id="data">([^<]*)<\/script>/)![1];
      const data = JSON.parse(json);
      expect(data.f.some((r: unknown[]) => r[3] === XSS_SHEET && String(r[6]).includes(XSS))).toBe(true);
    }
  });

  test('no findings: a plain message, no filters and no script', () => {
    const html = renderHtml(makeReport([]), 'id', { generatedAt: AT });
    expect(html).toContain('Tidak ada temuan. Semua data yang diperiksa sudah sesuai aturan.');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('id="f-rule"');
  });

  test('a report without rollups or registers still renders', () => {
    const r = makeReport();
    r.rollups.tables = [];
    r.registers = [];
    const html = renderHtml(r, 'en', { generatedAt: AT });
    expect(html).toContain('No data for charts yet.');
    expect(html).toContain('No rollup tables yet.');
    expect(html).toContain('No sheet was recognised as a register.');
    expect(html).not.toContain('<svg');
  });

  test('a 20,000-finding report renders quickly and stays compact', () => {
    const base = findings();
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...base[i % base.length], row: i + 2, cell: `C${i + 2}` }));
    const t0 = Date.now();
    const html = renderHtml(makeReport(many), 'id', { generatedAt: AT });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(html.length / many.length).toBeLessThan(200);
  });
});

describe('client data', () => {
  test('rules and files are indexed; sheet-level findings name the whole sheet', () => {
    const list = findings();
    list.push({
      rule: 'header.missing_field',
      severity: 'error',
      sheet: 'Lain',
      row: 0,
      column: 'NIK',
      cell: '',
      message: 'Kolom NIK tidak ada.',
    });
    const d = clientData(list, 'id');
    expect(d.f).toHaveLength(31);
    expect(d.rules).toEqual([...new Set(list.map((f) => f.rule))].sort());
    expect(d.files).toEqual(['bappeda-program-2025.xlsx', 'dinsos-bpnt-2025.xlsx', 'dinsos-pkh-2025.xlsx']);
    expect(d.f[30]).toEqual([d.rules.indexOf('header.missing_field'), 0, -1, 'Lain', 'seluruh sheet', 'NIK', 'Kolom NIK tidak ada.', '']);
    expect(d.sev).toEqual([
      ['error', 'Galat'],
      ['warning', 'Peringatan'],
      ['info', 'Info'],
    ]);
  });

  test('other places leave out the finding itself, name another file, and count what is not shown', () => {
    const f = findings().find((x) => x.places)!;
    expect(otherPlaces(f, 'id')).toBe('BPNT!D90, dinsos-pkh-2025.xlsx › PKH TW II!C40');
    const crowd = { ...f, places: Array.from({ length: 9 }, (_, i) => ({ sheet: 'S', row: i + 2, cell: `A${i + 2}` })) };
    expect(otherPlaces(crowd, 'id')).toBe('S!A2, S!A3, S!A4, S!A5, S!A6 dan 4 tempat lainnya');
    expect(otherPlaces({ ...f, places: undefined }, 'en')).toBe('');
  });
});

describe('chart data', () => {
  const tables = makeReport().rollups.tables;

  test('the positions used for JSON tables match the core rollups column order', () => {
    const opd = programRollup([]).tables('id')[0];
    expect(opd.id).toBe('program_by_opd');
    expect([opd.columns[0], opd.columns[3], opd.columns[4]]).toEqual([
      'rollup.col.opd',
      'rollup.col.realisasi_keuangan_pct',
      'rollup.col.realisasi_fisik_pct',
    ]);
    const ben = beneficiaryRollup([]).toTable('id');
    expect(ben.columns.slice(1, 11)).toEqual([
      'rollup.col.kecamatan',
      'rollup.col.kelurahan',
      'rollup.col.recipients',
      'rollup.col.families',
      'rollup.col.stage_diusulkan',
      'rollup.col.stage_diverifikasi_kelurahan',
      'rollup.col.stage_disetujui_dinsos',
      'rollup.col.stage_ditetapkan',
      'rollup.col.stage_ditolak',
      'rollup.col.stage_unknown',
    ]);
  });

  test('realisation per OPD: the closing total row is the city, blanks are no data', () => {
    const d = realisationData(tables)!;
    expect(d.rows).toHaveLength(6);
    expect(d.rows[0]).toEqual({ label: 'Dinas Kesehatan', keuangan: 44, fisik: 47.5 });
    expect(d.rows[5]).toEqual({ label: XSS });
    expect(d.city).toEqual({ label: 'Jumlah', keuangan: 57.06, fisik: 54.33 });
  });

  test('verification per kecamatan: programmes summed by recipients, the total left out, blank kecamatan last', () => {
    const d = verificationData(tables)!;
    expect(d.map((r) => r.kecamatan)).toEqual([
      XSS_SHEET,
      'Binjai Barat',
      'Binjai Kota',
      'Binjai Selatan',
      'Binjai Timur',
      'Binjai Utara',
      '(tidak diisi)',
    ]);
    const barat = d[1];
    expect(barat.recipients).toBe(200);
    expect(barat.shares).toEqual({
      diusulkan: 14,
      diverifikasi_kelurahan: 20,
      disetujui_dinsos: 26,
      ditetapkan: 33,
      ditolak: 3,
      unknown: 4,
    });
  });

  test('a `columns` field, when the JSON carries one, decides the positions', () => {
    const t: ReportTable & { columns: string[] } = {
      id: 'program_by_opd',
      title: 'x',
      columns: ['rollup.col.realisasi_fisik_pct', 'rollup.col.opd', 'rollup.col.realisasi_keuangan_pct'],
      header: ['F', 'OPD', 'K'],
      rows: [[10, 'Dinas A', 20]],
    };
    expect(realisationData([t])).toEqual({ rows: [{ label: 'Dinas A', keuangan: 20, fisik: 10 }] });
    expect(realisationData([{ ...t, columns: ['rollup.col.opd'] } as ReportTable])).toBeUndefined();
  });

  test('malformed or missing tables give no chart instead of an exception', () => {
    expect(realisationData([])).toBeUndefined();
    expect(verificationData([])).toBeUndefined();
    const broken = { id: 'beneficiary_by_area', title: '', header: ['a'], rows: [['x']] } as ReportTable;
    expect(verificationData([broken])).toBeUndefined();
    const odd = {
      id: 'program_by_opd',
      title: '',
      header: ['a', 'b', 'c', 'd', 'e'],
      rows: [null, ['Dinas', 1, 2, 'x', NaN]],
    } as unknown as ReportTable;
    expect(realisationData([odd])).toEqual({ rows: [{ label: 'Dinas' }] });
  });
});
