// Reminder and weekly summary mails: exact key lines in id and en, every step and late reason, several items, HTML safety.
import { composeReminder, composeWeekly, reasonText } from '../../../src/core/remind/compose';
import { periodOf } from '../../../src/core/remind/calendar';
import { dayOf } from '../../../src/core/i18n/format';
import { CATALOGUES } from '../../../src/core/i18n';
import type { Lang } from '../../../src/core/model/types';
import type { LateReason, LogOutcome, LogReason, MailText, ReminderItem, WeeklySummary } from '../../../src/core/remind/types';

const day = (y: number, m: number, d: number) => dayOf(y, m, d)!;
const NOV = periodOf('monthly', day(2026, 11, 1));
const Q3 = periodOf('quarterly', day(2026, 7, 1));
const DEADLINE = day(2026, 12, 10);
const LINK = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEFG/edit';

function item(over: Partial<ReminderItem> & { daysLate: number }): ReminderItem {
  const it: ReminderItem = {
    key: '',
    sourceId: 'dinsos-pkh',
    opd: 'Dinas Sosial',
    kind: 'beneficiary',
    period: NOV,
    deadline: DEADLINE,
    step: over.daysLate,
    errors: 0,
    warnings: 0,
    errorsByRule: [],
    link: LINK,
    escalate: false,
    carried: false,
    ...over,
  };
  return { ...it, key: `${it.sourceId}|${it.period.key}|${it.step}` };
}

const mail = (lang: Lang, items: ReminderItem[], escalated = false, opd = items[0].opd): MailText =>
  composeReminder({ lang, today: items[0].deadline + items[0].daysLate, opd, items, escalated });
const lines = (m: MailText): string[] => m.text.split('\n');

/** The HTML's visible text, one line per element, entities decoded. */
const htmlLines = (html: string): string[] =>
  html
    .replace(/<[^>]*>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Every fact of the plain text is in the HTML: whole lines, or "label: value" as two cells. */
function expectSameFacts(m: MailText): void {
  const html = new Set(htmlLines(m.html));
  for (const raw of lines(m)) {
    const line = raw.trim().replace(/^(- |\d+\. )/, '');
    if (!line || html.has(line)) continue;
    const at = line.indexOf(': ');
    expect([line, html.has(line.slice(0, at)) && html.has(line.slice(at + 2))]).toEqual([line, true]);
  }
}

describe('the deadline as seen on each step', () => {
  const late = (daysLate: number) => item({ daysLate, late: 'not_delivered', lastSync: day(2026, 10, 28) });

  test.each([
    [
      -3,
      '[Sinergi] Pengingat laporan Dinas Sosial — November 2026: batas waktu 3 hari lagi',
      'Batas waktu: 10 Desember 2026 (3 hari lagi)',
      'Yang perlu dilakukan: Isi atau perbarui data November 2026 di sheet ini paling lambat 10 Desember 2026.',
    ],
    [
      0,
      '[Sinergi] Pengingat laporan Dinas Sosial — November 2026: batas waktu hari ini',
      'Batas waktu: 10 Desember 2026 (hari ini)',
      'Yang perlu dilakukan: Isi atau perbarui data November 2026 di sheet ini hari ini.',
    ],
    [
      1,
      '[Sinergi] Pengingat laporan Dinas Sosial — November 2026: terlambat 1 hari',
      'Batas waktu: 10 Desember 2026 (terlambat 1 hari)',
      'Yang perlu dilakukan: Isi atau perbarui data November 2026 di sheet ini secepatnya.',
    ],
    [
      7,
      '[Sinergi] Pengingat laporan Dinas Sosial — November 2026: terlambat 7 hari',
      'Batas waktu: 10 Desember 2026 (terlambat 7 hari)',
      'Yang perlu dilakukan: Isi atau perbarui data November 2026 di sheet ini secepatnya.',
    ],
  ])('id, %i days after the deadline', (daysLate, subject, deadline, todo) => {
    const m = mail('id', [late(daysLate)]);
    expect(m.subject).toBe(subject);
    expect(lines(m)).toEqual(expect.arrayContaining(['Yth. Pengelola data Dinas Sosial,', deadline, todo]));
    expect(lines(m)).toEqual(
      expect.arrayContaining([
        'OPD: Dinas Sosial',
        'Register: penerima bantuan',
        'Periode: November 2026',
        'Sumber: dinsos-pkh',
        'Keadaan: Belum terlihat pembaruan data sejak 24 November 2026. Terakhir dibaca: 28 Oktober 2026.',
        `Sheet: ${LINK}`,
        '2. Jalankan menu Sinergi ▸ Periksa semua sheet (lintas sheet).',
        '4. Tidak perlu mengirim file: master membaca sheet Anda lagi secara otomatis pada konsolidasi berikutnya.',
        'Terima kasih.',
      ]),
    );
    expect(m.text).not.toMatch(/Kesalahan:|Peringatan:|TKPP karena/);
    expectSameFacts(m);
  });

  test.each([
    [
      -3,
      '[Sinergi] Report reminder Dinas Sosial — November 2026: due in 3 days',
      'Deadline: 10 December 2026 (3 days left)',
      'by 10 December 2026.',
    ],
    [
      -1,
      '[Sinergi] Report reminder Dinas Sosial — November 2026: due in 1 day',
      'Deadline: 10 December 2026 (1 day left)',
      'by 10 December 2026.',
    ],
    [0, '[Sinergi] Report reminder Dinas Sosial — November 2026: due today', 'Deadline: 10 December 2026 (today)', 'today.'],
    [
      1,
      '[Sinergi] Report reminder Dinas Sosial — November 2026: 1 day late',
      'Deadline: 10 December 2026 (1 day late)',
      'as soon as possible.',
    ],
    [
      7,
      '[Sinergi] Report reminder Dinas Sosial — November 2026: 7 days late',
      'Deadline: 10 December 2026 (7 days late)',
      'as soon as possible.',
    ],
  ])('en, %i days after the deadline', (daysLate, subject, deadline, when) => {
    const m = mail('en', [late(daysLate)]);
    expect(m.subject).toBe(subject);
    expect(lines(m)).toEqual(
      expect.arrayContaining([
        'Dear data officer of Dinas Sosial,',
        deadline,
        `What to do: Fill in or update the November 2026 data in this sheet ${when}`,
        'Register: aid recipients',
        'Status: No data update seen since 24 November 2026. Last read: 28 October 2026.',
        '2. Run the menu Sinergi ▸ Check all sheets (cross-sheet).',
        'Thank you.',
      ]),
    );
    expectSameFacts(m);
  });
});

describe('late reasons', () => {
  test.each<[LateReason | undefined, Lang, string, string]>([
    [
      'never_synced',
      'id',
      'Keadaan: Master belum pernah membaca sheet ini.',
      'Yang perlu dilakukan: Bagikan sheet ini kepada TKPP dan isi data November 2026 secepatnya.',
    ],
    [
      'never_synced',
      'en',
      'Status: The master has never read this sheet.',
      'What to do: Share this sheet with TKPP and fill in the November 2026 data as soon as possible.',
    ],
    [
      'unreadable',
      'id',
      'Keadaan: Sinergi tidak bisa membuka atau membaca sheet ini. Periksa apakah sheet masih dibagikan kepada TKPP dan baris judul kolomnya tidak diubah.',
      'Yang perlu dilakukan: Perbaiki akses berbagi atau baris judul kolom secepatnya.',
    ],
    [
      'unreadable',
      'en',
      'Status: Sinergi cannot open or read this sheet. Check that it is still shared with TKPP and that its header row has not been changed.',
      'What to do: Fix the sharing or the header row as soon as possible.',
    ],
    [
      'not_delivered',
      'id',
      'Keadaan: Belum terlihat pembaruan data sejak 24 November 2026.',
      'Yang perlu dilakukan: Isi atau perbarui data November 2026 di sheet ini secepatnya.',
    ],
    [
      'not_delivered',
      'en',
      'Status: No data update seen since 24 November 2026.',
      'What to do: Fill in or update the November 2026 data in this sheet as soon as possible.',
    ],
  ])('%s (%s)', (late, lang, status, todo) => {
    const m = mail(lang, [item({ daysLate: 2, late })]);
    expect(lines(m)).toEqual(expect.arrayContaining([status, todo]));
    expect(m.text).not.toMatch(/Terakhir dibaca|Last read/);
  });

  // The never-synced action reads as one instruction with each ending: by the deadline, today, as soon as possible.
  test.each<[Lang, number, string]>([
    ['id', -3, 'Yang perlu dilakukan: Bagikan sheet ini kepada TKPP dan isi data November 2026 paling lambat 10 Desember 2026.'],
    ['id', 0, 'Yang perlu dilakukan: Bagikan sheet ini kepada TKPP dan isi data November 2026 hari ini.'],
    ['id', 7, 'Yang perlu dilakukan: Bagikan sheet ini kepada TKPP dan isi data November 2026 secepatnya.'],
    ['en', -3, 'What to do: Share this sheet with TKPP and fill in the November 2026 data by 10 December 2026.'],
    ['en', 0, 'What to do: Share this sheet with TKPP and fill in the November 2026 data today.'],
    ['en', 7, 'What to do: Share this sheet with TKPP and fill in the November 2026 data as soon as possible.'],
  ])('never_synced todo (%s, %p days after the deadline)', (lang, daysLate, todo) => {
    expect(lines(mail(lang, [item({ daysLate, late: 'never_synced' })]))).toContain(todo);
  });

  test('a quarterly programme register', () => {
    const m = mail('id', [
      item({ daysLate: 1, late: 'never_synced', kind: 'program', period: Q3, deadline: day(2026, 10, 15), opd: 'Bappeda' }),
    ]);
    expect(m.subject).toBe('[Sinergi] Pengingat laporan Bappeda — Triwulan III 2026: terlambat 1 hari');
    expect(lines(m)).toEqual(
      expect.arrayContaining([
        'Register: program dan kegiatan',
        'Periode: Triwulan III 2026',
        'Batas waktu: 15 Oktober 2026 (terlambat 1 hari)',
      ]),
    );
  });
});

describe('errors only (delivered, still holding errors)', () => {
  const rules: [string, number][] = [
    ['nik.format', 7],
    ['field.required', 5],
    ['custom.rule_without_title', 4],
    ['kk.format', 3],
    ['nik.region', 2],
    ['nik.birthdate', 2],
    ['nik.serial', 1],
    ['kk.region', 1],
    ['kk.date', 1],
    ['field.enum', 1],
    ['field.type', 1],
    ['wilayah.kelurahan_unknown', 2],
  ];
  const faulty = (daysLate: number) => item({ daysLate, errors: 30, warnings: 4, errorsByRule: [...rules].reverse() });

  test('past the deadline a source that delivered is not called late: "lewat 7 hari"', () => {
    expect(lines(mail('id', [faulty(7)]))).toContain('Batas waktu: 10 Desember 2026 (lewat 7 hari)');
    expect(lines(mail('en', [faulty(1)]))).toContain('Deadline: 10 December 2026 (1 day ago)');
    expect(lines(mail('id', [item({ daysLate: 7, late: 'not_delivered' })]))).toContain('Batas waktu: 10 Desember 2026 (terlambat 7 hari)');
  });

  test('id: subject, counts by rule most first, ten lines then the rest summed', () => {
    const m = mail('id', [faulty(1)]);
    expect(m.subject).toBe('[Sinergi] Perbaikan data Dinas Sosial — November 2026: 30 kesalahan');
    const at = lines(m).indexOf('Kesalahan: 30');
    expect(lines(m).slice(at, at + 13)).toEqual([
      'Kesalahan: 30',
      '  - NIK bukan 16 angka: 7',
      '  - Isian wajib kosong: 5',
      '  - custom.rule_without_title: 4',
      '  - No. KK bukan 16 angka: 3',
      '  - Tanggal lahir di NIK salah: 2',
      '  - Kode wilayah NIK salah: 2',
      '  - Kelurahan tidak dikenal: 2',
      '  - Nilai di luar pilihan: 1',
      '  - Isi sel tidak terbaca: 1',
      '  - Tanggal di No. KK salah: 1',
      '  - dan 2 aturan lain (2 kesalahan)',
      'Peringatan: 4',
    ]);
    expect(lines(m)).toEqual(
      expect.arrayContaining([
        'Keadaan: Data sudah diterima, tetapi masih ada kesalahan.',
        'Yang perlu dilakukan: Perbaiki sel yang ditandai (30 kesalahan) secepatnya.',
      ]),
    );
    expectSameFacts(m);
  });

  test('en: singular and plural words', () => {
    const one = mail('en', [item({ daysLate: -3, errors: 1, errorsByRule: [['nik.format', 1]] })]);
    expect(one.subject).toBe('[Sinergi] Data to fix Dinas Sosial — November 2026: 1 error');
    expect(lines(one)).toEqual(
      expect.arrayContaining([
        'Errors: 1',
        '  - NIK is not 16 digits: 1',
        'What to do: Fix the marked cells (1 error) by 10 December 2026.',
      ]),
    );
    const many = mail('en', [faulty(0)]);
    expect(lines(many)).toEqual(
      expect.arrayContaining([
        '  - and 2 other rules (2 errors)',
        'Warnings: 4',
        'Status: The data was received, but it still holds errors.',
      ]),
    );
  });

  test('late with errors: one sentence, one deadline', () => {
    const m = mail('id', [item({ daysLate: 7, late: 'not_delivered', errors: 2, errorsByRule: [['nik.format', 2]] })]);
    expect(lines(m)).toContain(
      'Yang perlu dilakukan: Isi atau perbarui data November 2026 di sheet ini, lalu perbaiki sel yang ditandai (2 kesalahan) secepatnya.',
    );
    expect(m.subject).toBe('[Sinergi] Pengingat laporan Dinas Sosial — November 2026: terlambat 7 hari');
  });

  test('big counts are grouped', () => {
    const m = mail('id', [item({ daysLate: 1, errors: 12345, errorsByRule: [['nik.format', 12345]] })]);
    expect(lines(m)).toEqual(expect.arrayContaining(['Kesalahan: 12.345', '  - NIK bukan 16 angka: 12.345']));
  });
});

describe('several items in one mail, and escalation', () => {
  const items = [
    item({ daysLate: -3, sourceId: 'dinsos-bpnt', errors: 2, errorsByRule: [['nik.format', 2]] }),
    item({ daysLate: 7, late: 'never_synced', sourceId: 'dinsos-pkh', escalate: true }),
    item({ daysLate: 1, late: 'unreadable', kind: 'program', period: Q3, deadline: day(2026, 12, 16), sourceId: 'dinsos-renja' }),
  ];

  test('id: most urgent first, one section each, subject names the first plus the count of the others', () => {
    const m = mail('id', items, true);
    expect(m.subject).toBe('[Sinergi] Pengingat laporan Dinas Sosial — November 2026: terlambat 7 hari (+2 lainnya)');
    expect(lines(m)).toContain('Berikut 3 pengingat dari Sinergi tentang data yang dilaporkan kepada TKPP.');
    const heads = lines(m).filter((l) => /^Laporan \d dari 3$/.test(l));
    expect(heads).toEqual(['Laporan 1 dari 3', 'Laporan 2 dari 3', 'Laporan 3 dari 3']);
    expect(lines(m).filter((l) => l.startsWith('Sumber: '))).toEqual(['Sumber: dinsos-pkh', 'Sumber: dinsos-renja', 'Sumber: dinsos-bpnt']);
    expect(lines(m)).toContain('Email ini juga dikirim kepada TKPP karena ini pengingat terakhir.');
    expect(m.text.match(/Langkah-langkahnya:/g)).toHaveLength(1);
    expectSameFacts(m);
  });

  test('en', () => {
    const m = mail('en', items, true);
    expect(m.subject).toBe('[Sinergi] Report reminder Dinas Sosial — November 2026: 7 days late (+2 more)');
    expect(lines(m)).toEqual(expect.arrayContaining(['Report 1 of 3', 'TKPP is copied on this email because this is the last reminder.']));
  });

  test('a source without a contact: the last step goes to TKPP, greeted as TKPP and asked to forward it', () => {
    const noContact = [item({ daysLate: 7, late: 'not_delivered', escalate: true })];
    const id = composeReminder({ lang: 'id', today: DEADLINE + 7, opd: 'Dinas Sosial', items: noContact, escalated: true, toTkpp: true });
    expect(lines(id)[0]).toBe('Yth. Tim TKPP,');
    expect(id.text).toMatch(/tidak memiliki alamat email kontak yang benar/);
    expect(id.text).not.toMatch(/Pengelola data|TKPP karena ini pengingat terakhir/);
    const en = composeReminder({ lang: 'en', today: DEADLINE + 7, opd: 'Dinas Sosial', items: noContact, escalated: true, toTkpp: true });
    expect(lines(en)[0]).toBe('Dear TKPP team,');
    expectSameFacts(id);
  });

  test('no escalation line when not escalated', () => {
    expect(mail('id', items, false).text).not.toMatch(/TKPP karena/);
    expect(mail('en', items, false).text).not.toMatch(/copied/);
  });
});

describe('safety of the text that comes from sheets', () => {
  const evil = 'Dinas <img src=x onerror=alert(1)> </script><script>alert("x")</script> & \'Sosial\'';

  test('an OPD name with markup is escaped in HTML and stays text', () => {
    const m = mail('id', [item({ daysLate: 1, late: 'never_synced', opd: evil, sourceId: '<b>src</b>' })]);
    expect(m.html).not.toMatch(/<img|<script|<\/script|<b>/i);
    expect(m.html).toContain(
      'Dinas &lt;img src=x onerror=alert(1)&gt; &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Sosial&#39;',
    );
    const tags = new Set([...m.html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((x) => x[1].toLowerCase()));
    for (const tag of tags) expect(['div', 'p', 'br', 'table', 'tr', 'td', 'ul', 'ol', 'li', 'a']).toContain(tag);
    expect(lines(m)).toContain(`OPD: ${evil}`);
    expectSameFacts(m);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'https://x.id/"onmouseover="alert(1)',
  ])('a link that is not plain http(s) is shown as text: %s', (link) => {
    const m = mail('id', [item({ daysLate: 1, late: 'never_synced', link })]);
    expect(m.html).not.toMatch(/<a /);
    expect(m.html).not.toMatch(/href/);
    expect(htmlLines(m.html)).toContain(link);
    expect(lines(m)).toContain(`Sheet: ${link}`);
  });

  test('an http(s) link is a link; no link says so', () => {
    expect(mail('id', [item({ daysLate: 1, late: 'never_synced' })]).html).toContain(`<a href="${LINK}"`);
    const none = mail('id', [item({ daysLate: 1, late: 'never_synced', link: undefined })]);
    expect(lines(none)).toEqual(
      expect.arrayContaining(['Sheet: tautan tidak tersedia', '1. Buka spreadsheet sumber yang disebut di atas.']),
    );
    expect(none.html).not.toMatch(/<a /);
  });

  test('digit runs that could be a NIK or KK are masked, with or without separators', () => {
    const m = mail('id', [
      item({ daysLate: 1, late: 'never_synced', opd: 'Dinas Sosial 1275011708800001', sourceId: 'src 1275 0117 0880 0002' }),
    ]);
    for (const s of [m.subject, m.text, m.html]) {
      expect(s).not.toMatch(/\d{12,}/);
      expect(s.replace(/[ .\-/_]/g, '')).not.toMatch(/\d{12,}/);
    }
    expect(lines(m)).toEqual(expect.arrayContaining(['OPD: Dinas Sosial 127501********01', 'Sumber: src 127501********02']));
  });

  test('line breaks in a cell cannot fake lines of the mail', () => {
    const m = mail('id', [item({ daysLate: 1, late: 'never_synced', opd: 'Dinas\nSheet: http://evil.example\r\nx' })]);
    expect(lines(m)).toContain('OPD: Dinas Sheet: http://evil.example x');
    expect(lines(m).filter((l) => l.startsWith('Sheet: '))).toEqual([`Sheet: ${LINK}`]);
    expect(m.subject).not.toMatch(/[\r\n]/);
  });
});

describe('weekly summary', () => {
  const summary: WeeklySummary = {
    week: '2026-W51',
    late: [
      {
        sourceId: 'dinsos-pkh',
        opd: 'Dinas Sosial',
        kind: 'beneficiary',
        period: NOV,
        deadline: DEADLINE,
        daysLate: 4,
        reason: 'not_delivered',
      },
      {
        sourceId: 'dukcapil',
        opd: 'Disdukcapil',
        kind: 'beneficiary',
        period: NOV,
        deadline: DEADLINE,
        daysLate: 4,
        reason: 'never_synced',
      },
      { sourceId: 'bappeda', opd: 'Bappeda', kind: 'program', period: Q3, deadline: day(2026, 12, 20), daysLate: -6, reason: 'unreadable' },
    ],
    faulty: [
      { sourceId: 'dinkes', opd: 'Dinas Kesehatan', kind: 'beneficiary', errors: 1 },
      { sourceId: 'dinsos-bpnt', opd: 'Dinas Sosial', kind: 'beneficiary', errors: 12 },
    ],
    noContact: [{ sourceId: 'disdik', opd: 'Dinas Pendidikan', kind: 'beneficiary' }],
    completeness: [
      { kind: 'beneficiary', period: NOV, deadline: DEADLINE, expected: 8, delivered: 6, onTime: 5 },
      { kind: 'program', period: Q3, deadline: day(2026, 12, 20), expected: 0, delivered: 0, onTime: 0 },
    ],
  };
  const master = { name: 'Master TKPP Binjai 2026', link: 'https://docs.google.com/spreadsheets/d/master/edit' };

  test('id', () => {
    const m = composeWeekly({ lang: 'id', today: day(2026, 12, 14), summary, master });
    expect(m.subject).toBe('[Sinergi] Ringkasan mingguan 2026-W51: 3 sumber terlambat, 2 dengan kesalahan');
    expect(lines(m)).toEqual([
      'Yth. TKPP,',
      '',
      'Ringkasan mingguan pelaporan data per 14 Desember 2026 (minggu 2026-W51).',
      '',
      '3 sumber terlambat, 2 sumber dengan kesalahan, 1 sumber tanpa kontak.',
      '',
      'Kelengkapan laporan',
      '- penerima bantuan, November 2026 (batas 10 Desember 2026): 6 dari 8 sumber melapor (75%), 5 tepat waktu (62,5%).',
      '- program dan kegiatan, Triwulan III 2026: tidak ada sumber aktif.',
      '',
      'Sumber terlambat (3)',
      '- Dinas Sosial [dinsos-pkh] — penerima bantuan, November 2026: terlambat 4 hari; belum ada pembaruan',
      '- Disdukcapil [dukcapil] — penerima bantuan, November 2026: terlambat 4 hari; belum pernah dibaca master',
      '- Bappeda [bappeda] — program dan kegiatan, Triwulan III 2026: batas waktu 6 hari lagi; sheet tidak bisa dibaca',
      '',
      'Sumber dengan kesalahan (2)',
      '- Dinas Sosial [dinsos-bpnt] — penerima bantuan: 12 kesalahan',
      '- Dinas Kesehatan [dinkes] — penerima bantuan: 1 kesalahan',
      '',
      'Sumber tanpa alamat email kontak (1)',
      '- Dinas Pendidikan [disdik] — penerima bantuan',
      'Isi kolom kontak (alamat email) sumber ini di sheet sumber agar pengingat bisa dikirim.',
      '',
      'Master: Master TKPP Binjai 2026',
      `Sheet: ${master.link}`,
      '',
      'Terima kasih.',
      'Sinergi, atas nama TKPP',
      '',
    ]);
    expect(m.html).toContain(`<a href="${master.link}"`);
    expectSameFacts(m);
  });

  test('the count of sources with unusable contact cells, only when there are some', () => {
    const id = composeWeekly({ lang: 'id', today: day(2026, 12, 14), summary: { ...summary, badContact: 3 } });
    expect(lines(id)).toContain(
      '3 sumber aktif memiliki isi kolom kontak yang bukan alamat email; periksa kolom kontak di sheet Sumber Data (alamat yang benar tetap dipakai).',
    );
    const en = composeWeekly({ lang: 'en', today: day(2026, 12, 14), summary: { ...summary, badContact: 1 } });
    expect(en.text).toContain('1 active source has something other than an email address in its contact cell');
    expect(composeWeekly({ lang: 'id', today: day(2026, 12, 14), summary }).text).not.toContain('bukan alamat email');
  });

  test('en, and empty lists', () => {
    const empty: WeeklySummary = { week: '2026-W51', late: [], faulty: [], noContact: [], completeness: summary.completeness };
    const m = composeWeekly({ lang: 'en', today: day(2026, 12, 14), summary: empty });
    expect(m.subject).toBe('[Sinergi] Weekly summary 2026-W51: 0 late, 0 with errors');
    expect(lines(m)).toEqual(
      expect.arrayContaining([
        'Dear TKPP,',
        'Weekly reporting summary as of 14 December 2026 (week 2026-W51).',
        'Sources late: 0. With errors: 0. Without a contact: 0.',
        '- aid recipients, November 2026 (due 10 December 2026): 6 of 8 sources reported (75%), 5 on time (62.5%).',
        'Late sources (0)',
        '- none',
      ]),
    );
    expect(m.text).not.toMatch(/Master:|contact column/);
    const full = composeWeekly({ lang: 'en', today: day(2026, 12, 14), summary, master });
    expect(lines(full)).toEqual(
      expect.arrayContaining([
        '- Bappeda [bappeda] — programmes and activities, Quarter III 2026: due in 6 days; sheet cannot be read',
        '- Dinas Kesehatan [dinkes] — aid recipients: 1 error',
      ]),
    );
  });

  test('a long list is cut with a count of the rest', () => {
    const many = Array.from({ length: 105 }, (_, i) => ({ sourceId: `s${i}`, opd: `OPD ${i}`, kind: 'beneficiary' as const }));
    const m = composeWeekly({ lang: 'id', today: day(2026, 12, 14), summary: { ...summary, noContact: many } });
    expect(lines(m)).toContain('- dan 5 lainnya');
    expect(lines(m).filter((l) => l.startsWith('- OPD '))).toHaveLength(100);
  });
});

test('reasonText gives the log words', () => {
  const cases: [LogOutcome, LogReason, string, string][] = [
    ['sent', '', 'terkirim', 'sent'],
    ['failed', '', 'gagal', 'failed'],
    ['deferred', 'quota', 'kuota email harian habis; dikirim pada jalan berikutnya', 'daily email quota used up; sent on the next run'],
    ['skipped', 'already_sent', 'sudah dikirim sebelumnya', 'already sent'],
    ['skipped', 'delivered', 'sudah melapor, tanpa kesalahan', 'delivered, no errors'],
    ['skipped', 'no_contact', 'tidak ada alamat email kontak', 'no contact email'],
    ['skipped', 'bad_email', 'alamat email tidak valid', 'invalid email address'],
    ['skipped', 'inactive_kind', 'pengingat untuk jenis register ini dimatikan', 'reminders for this register kind are off'],
    ['failed', 'send_failed', 'pengiriman gagal', 'sending failed'],
  ];
  for (const [outcome, reason, id, en] of cases) {
    expect(reasonText('id', outcome, reason)).toBe(id);
    expect(reasonText('en', outcome, reason)).toBe(en);
  }
});

test('every remind.* key exists in both languages', () => {
  const keys = (lang: Lang) =>
    Object.keys(CATALOGUES[lang])
      .filter((k) => k.startsWith('remind.'))
      .sort();
  expect(keys('en')).toEqual(keys('id'));
});
