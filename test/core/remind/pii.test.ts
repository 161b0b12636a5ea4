// Issue 8, requirement 4: no NIK, KK, recipient name or address reaches any reminder or summary mail, in either language.
import { generateDemo } from '../../../src/cli/demo';
import { checkWorkbooks } from '../../../src/core/workbook';
import type { SheetInput } from '../../../src/core/engine';
import type { BeneficiaryRow } from '../../../src/core/model/schemas';
import type { Lang } from '../../../src/core/model/types';
import { CATALOGUES } from '../../../src/core/i18n';
import { dayOf, monthNames } from '../../../src/core/i18n/format';
import { composeReminder, composeWeekly, reasonText } from '../../../src/core/remind/compose';
import { deadlineOf, periodOf, previousPeriod } from '../../../src/core/remind/calendar';
import { planReminders } from '../../../src/core/remind/plan';
import { DEFAULT_SCHEDULE } from '../../../src/core/remind/schedule';
import type {
  LateReason,
  LogEntry,
  LogOutcome,
  LogReason,
  MailText,
  ReminderItem,
  RemindSource,
  Schedule,
  WeeklySummary,
} from '../../../src/core/remind/types';

const day = (y: number, m: number, d: number) => dayOf(y, m, d)!;
const TODAY = day(2026, 12, 13);
const LANGS: Lang[] = ['id', 'en'];
const OPDS = ['Dinas Sosial', 'Dinas Pendidikan', 'Dinas Kesehatan', 'Dinas Kependudukan dan Pencatatan Sipil', 'Bappeda'];

// ---- the register: the demo's seeded Binjai workbooks (about 300 recipient rows, problems planted), through the real engine

const demo = generateDemo({ recipients: 300 });
const clean: SheetInput[] = demo.workbooks.flatMap((wb) => wb.sheets.map((s) => ({ file: wb.file, sheet: s.name, values: s.rows })));
const first = checkWorkbooks(clean, { today: TODAY, quarter: 4 });

/** More errors on top of the demo's planted ones, in the cells the engine found: short NIK, KK as a number, unknown kelurahan, no name. */
function plantErrors(inputs: readonly SheetInput[]): SheetInput[] {
  return inputs.map((input) => {
    const reg = first.registers.find((r) => r.kind === 'beneficiary' && r.file === input.file && r.sheet === input.sheet);
    if (!reg) return input;
    const { fields, dataStart } = reg.header;
    const values = input.values.map((row) => [...row]);
    for (let r = dataStart; r < values.length; r++) {
      const row = values[r];
      const n = r - dataStart;
      if (n % 9 === 4 && fields.nik !== undefined) row[fields.nik] = String(row[fields.nik]).replace(/\d$/, '');
      if (n % 11 === 5 && fields.no_kk !== undefined) row[fields.no_kk] = Number(String(row[fields.no_kk]).replace(/\D/g, ''));
      if (n % 13 === 6 && fields.kelurahan !== undefined) row[fields.kelurahan] = 'Antah Berantah';
      if (n % 17 === 7 && fields.nama !== undefined) row[fields.nama] = '';
    }
    return { ...input, values };
  });
}

const result = checkWorkbooks(plantErrors(clean), { today: TODAY, quarter: 4 });
const beneficiaryRows = [first, result].flatMap((res) =>
  res.registers.filter((r) => r.kind === 'beneficiary').flatMap((r) => r.rows as BeneficiaryRow[]),
);

const sourceIdOf = (file: string | undefined) => (file ?? 'master').replace(/\.[a-z]+$/i, '');

/** As the master's reader does: counts by rule of the error findings, per source (file). */
function errorsBySource(): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const f of result.findings) {
    if (f.severity !== 'error') continue;
    const id = sourceIdOf(f.file);
    const byRule = out.get(id) ?? {};
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    out.set(id, byRule);
  }
  return out;
}

const byRuleOf = errorsBySource();
const warningsOf = (id: string) => result.findings.filter((f) => f.severity === 'warning' && sourceIdOf(f.file) === id).length;

// One source per workbook, as the consolidation lists them.
const files = [...new Map(result.registers.map((r) => [sourceIdOf(r.file), r.kind] as const))];
const sources: RemindSource[] = files.map(([id, kind], i) => {
  const errorsByRule = byRuleOf.get(id) ?? {};
  return {
    id,
    opd: OPDS[i % OPDS.length],
    kind,
    link: `https://docs.google.com/spreadsheets/d/1demoSheet${String.fromCharCode(65 + (i % 26))}xYz_AbCdEfGhIjKlMnOpQrStUv/edit`,
    emails: i % 4 === 3 ? [] : [`data${i}@binjaikota.go.id`],
    badEmails: i % 5 === 4 ? ['bukan email'] : [],
    active: true,
    errors: Object.values(errorsByRule).reduce((s, n) => s + n, 0),
    warnings: warningsOf(id),
    errorsByRule,
  };
});

// ---- what must never appear

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Words of the mail templates and of the agency texts (OPDs, source ids): fixed vocabulary, not anybody's data. */
const COMMON = new Set<string>();
for (const lang of LANGS) {
  for (const [k, v] of Object.entries(CATALOGUES[lang]))
    if (/^(remind|panel\.rule|menu)\./.test(k))
      fold(v)
        .split(' ')
        .forEach((w) => COMMON.add(w));
  monthNames(lang).forEach((m) => COMMON.add(fold(m)));
}
for (const s of sources)
  for (const text of [s.opd, s.id, s.link ?? ''])
    fold(text)
      .split(' ')
      .forEach((w) => COMMON.add(w));

const names = [...new Set(beneficiaryRows.map((r) => fold(r.nama ?? '')).filter((n) => n.length >= 3))];
const addresses = [...new Set(beneficiaryRows.map((r) => fold(r.alamat ?? '')).filter((a) => a.length >= 5))];
const personalWords = new Set(
  [...names, ...addresses].flatMap((t) => t.split(' ')).filter((w) => w.length >= 4 && !/\d/.test(w) && !COMMON.has(w)),
);
const ids = [
  ...new Set(beneficiaryRows.flatMap((r) => [r.nik?.digits, r.no_kk?.digits]).filter((d): d is string => !!d && d.length >= 12)),
];

interface Hit {
  where: string;
  what: string;
}

function scan(where: string, mails: readonly MailText[], out: Hit[]): void {
  for (const m of mails) {
    for (const [part, text] of [
      ['subject', m.subject],
      ['text', m.text],
      ['html', m.html],
    ] as const) {
      const bare = text.replace(/[\s.\-_/]+/g, '');
      if (/\d{16}/.test(text) || /\d{16}/.test(bare)) out.push({ where: `${where} ${part}`, what: '16 digits' });
      if (/\d{12,}/.test(text) || /\d{12,}/.test(bare)) out.push({ where: `${where} ${part}`, what: '12+ digits' });
      for (const id of ids) if (bare.includes(id)) out.push({ where: `${where} ${part}`, what: `id ${id.slice(0, 6)}…` });
      const folded = ` ${fold(text)} `;
      const words = new Set(folded.split(' '));
      // A phrase can only be there when its first word is: the word set keeps the scan fast over hundreds of mails.
      for (const n of names)
        if (words.has(n.split(' ')[0]) && folded.includes(` ${n} `)) out.push({ where: `${where} ${part}`, what: `name ${n}` });
      for (const a of addresses)
        if (words.has(a.split(' ')[0]) && folded.includes(` ${a} `)) out.push({ where: `${where} ${part}`, what: `address ${a}` });
      for (const w of personalWords) if (words.has(w)) out.push({ where: `${where} ${part}`, what: `word ${w}` });
    }
  }
}

// ---- every mail

const STEPS = [-3, 0, 1, 7];
const REASONS: (LateReason | undefined)[] = ['never_synced', 'unreadable', 'not_delivered', undefined];

function itemOf(src: RemindSource, step: number, late: LateReason | undefined): ReminderItem {
  const period = src.kind === 'program' ? periodOf('quarterly', day(2026, 7, 1)) : periodOf('monthly', day(2026, 11, 1));
  const deadline = deadlineOf(period, src.kind === 'program' ? 15 : 10);
  const errorsByRule = Object.entries(src.errorsByRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    key: `${src.id}|${period.key}|${step}`,
    sourceId: src.id,
    opd: src.opd,
    kind: src.kind,
    period,
    deadline,
    step,
    daysLate: step,
    late,
    errors: src.errors,
    warnings: src.warnings,
    errorsByRule,
    lastSync: day(2026, 10, 28),
    link: src.link,
    escalate: step === 7,
    carried: step === 1,
  };
}

function weeklyOf(): WeeklySummary {
  const nov = periodOf('monthly', day(2026, 11, 1));
  return {
    week: '2026-W50',
    late: sources.map((s, i) => ({
      sourceId: s.id,
      opd: s.opd,
      kind: s.kind,
      period: nov,
      deadline: day(2026, 12, 10),
      daysLate: 3 - i,
      reason: REASONS[i % 3]!,
    })),
    faulty: sources.filter((s) => s.errors > 0).map((s) => ({ sourceId: s.id, opd: s.opd, kind: s.kind, errors: s.errors })),
    noContact: sources.filter((s) => s.emails.length === 0).map((s) => ({ sourceId: s.id, opd: s.opd, kind: s.kind })),
    completeness: [
      { kind: 'beneficiary', period: nov, deadline: day(2026, 12, 10), expected: 12, delivered: 7, onTime: 5 },
      {
        kind: 'program',
        period: previousPeriod(periodOf('quarterly', day(2026, 12, 1))),
        deadline: day(2026, 10, 15),
        expected: 4,
        delivered: 4,
        onTime: 3,
      },
    ],
  };
}

const master = { name: 'Master Sinergi Binjai', link: 'https://docs.google.com/spreadsheets/d/1masterAbCdEfGh/edit' };

function everyMail(lang: Lang): MailText[] {
  const mails: MailText[] = [];
  for (const src of sources)
    for (const step of STEPS)
      for (const late of REASONS) {
        if (!late && src.errors === 0) continue;
        mails.push(composeReminder({ lang, today: TODAY, opd: src.opd, items: [itemOf(src, step, late)], escalated: step === 7 }));
      }
  const all = sources.flatMap((s, i) => [itemOf(s, STEPS[i % 4], REASONS[i % 4])]);
  mails.push(composeReminder({ lang, today: TODAY, opd: OPDS[0], items: all, escalated: true }));
  mails.push(composeWeekly({ lang, today: TODAY, summary: weeklyOf(), master }));
  const log: [LogOutcome, LogReason][] = [
    ['sent', ''],
    ['deferred', 'quota'],
    ['skipped', 'already_sent'],
    ['skipped', 'no_contact'],
    ['skipped', 'bad_email'],
    ['failed', 'send_failed'],
  ];
  mails.push({ subject: '', text: log.map(([o, r]) => reasonText(lang, o, r)).join('\n'), html: '' });
  return mails;
}

/** The real planner over two months of days, sources in every state: what the trigger would actually send. */
function plannedMails(lang: Lang): { mails: MailText[]; log: LogEntry[] } {
  const schedule: Schedule = { ...DEFAULT_SCHEDULE, tkpp: ['tkpp@binjaikota.go.id'], weeklyDay: 1 };
  const states: Partial<RemindSource>[] = [
    {},
    { state: 'unreachable', lastSync: day(2026, 12, 1) },
    { state: 'no_register', lastSync: day(2026, 12, 1) },
    { state: 'errors', lastSync: day(2026, 12, 1), lastChange: day(2026, 9, 2) },
    { state: 'errors', lastSync: day(2026, 12, 20), lastChange: day(2026, 12, 5) },
    { state: 'ok', lastSync: day(2026, 12, 20), lastChange: day(2026, 12, 5) },
  ];
  const srcs = sources.map((s, i) => ({ ...s, ...states[i % states.length] }));
  const mails: MailText[] = [];
  const log: LogEntry[] = [];
  for (let d = day(2026, 11, 20); d <= day(2027, 1, 25); d++) {
    const plan = planReminders({ today: d, sources: srcs, schedule, log: [], quota: d % 3 === 0 ? 2 : 1000, lang, master });
    mails.push(...plan.send, ...plan.deferred);
    log.push(...plan.skipped);
  }
  return { mails, log };
}

describe('the register is realistic and the engine flags it', () => {
  test('hundreds of recipients with valid-looking NIK and KK, errors found by rule', () => {
    expect(beneficiaryRows.length).toBeGreaterThanOrEqual(250);
    expect(ids.filter((d) => d.length === 16).length).toBeGreaterThan(300);
    expect(names.length).toBeGreaterThan(150);
    expect(addresses.length).toBeGreaterThan(50);
    expect(personalWords.size).toBeGreaterThan(100);
    expect(demo.planted.length).toBeGreaterThan(0);
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.filter((s) => s.errors >= 10 && Object.keys(s.errorsByRule).length >= 4).length).toBeGreaterThan(5);
    const rules = new Set(sources.flatMap((s) => Object.keys(s.errorsByRule)));
    for (const rule of ['nik.format', 'kk.stored_as_number', 'wilayah.kelurahan_unknown', 'field.required']) expect(rules).toContain(rule);
  });
});

test('the scan itself finds a leak: a name, a word of a name, an address, a NIK with separators', () => {
  const row = beneficiaryRows.find((r) => r.nama && r.alamat && r.nik?.digits.length === 16)!;
  const nik = row.nik!.digits;
  const word = [...personalWords].find((w) => fold(row.nama!).split(' ').includes(w));
  const leaks: MailText[] = [
    { subject: row.nama!.toUpperCase(), text: '', html: '' },
    { subject: '', text: `Yth. ${word ?? ''}`, html: '' },
    { subject: '', text: '', html: `<p>${row.alamat}</p>` },
    { subject: '', text: `${nik.slice(0, 4)} ${nik.slice(4, 8)}.${nik.slice(8, 12)}-${nik.slice(12)}`, html: '' },
  ];
  const hits: Hit[] = [];
  scan('self', leaks, hits);
  const what = hits.map((h) => h.what.split(' ')[0]);
  expect(word).toBeDefined();
  expect(what).toEqual(expect.arrayContaining(['name', 'word', 'address', '16', 'id']));
});

describe.each(LANGS)('no personal data in any mail (%s)', (lang) => {
  test('every reminder variant, several items, the weekly summary and the log words', () => {
    const mails = everyMail(lang);
    expect(mails.length).toBeGreaterThan(sources.length * STEPS.length * 3);
    const hits: Hit[] = [];
    scan('composed', mails, hits);
    expect(hits.slice(0, 20)).toEqual([]);
  });

  test('everything the planner would send over two months, and its log rows', () => {
    const { mails, log } = plannedMails(lang);
    expect(mails.length).toBeGreaterThan(20);
    expect(mails.some((m) => /^(Kesalahan|Errors): \d+$/m.test(m.text))).toBe(true);
    expect(mails.some((m) => /\[Sinergi\] (Ringkasan mingguan|Weekly summary)/.test(m.subject))).toBe(true);
    const hits: Hit[] = [];
    scan('planned', mails, hits);
    scan(
      'log',
      log.map((e) => ({ subject: e.subject, text: `${e.opd} ${e.sourceId} ${e.key}`, html: '' })),
      hits,
    );
    expect(hits.slice(0, 20)).toEqual([]);
  });
});

test('a finding message with a raw NIK and a name put into an OPD name: the digits are masked', () => {
  const row = beneficiaryRows.find((r) => r.nik?.digits.length === 16 && r.no_kk?.digits.length === 16 && r.nama)!;
  const nik = row.nik!.digits;
  const kk = row.no_kk!.digits;
  const message = result.findings.find((f) => f.severity === 'error')!.message;
  const opd = `Dinas Sosial NIK ${nik} KK ${kk.slice(0, 4)} ${kk.slice(4, 8)} ${kk.slice(8, 12)} ${kk.slice(12)} ${row.nama} ${message}`;
  const item: ReminderItem = {
    ...itemOf(sources[0], 1, 'not_delivered'),
    opd,
    sourceId: `sumber-${nik}`,
    link: `https://docs.google.com/spreadsheets/d/${nik}/edit`,
    errorsByRule: [[`aturan.${nik}`, 1]],
    errors: 1,
  };
  for (const lang of LANGS) {
    const mails = [
      composeReminder({ lang, today: TODAY, opd, items: [item], escalated: true }),
      composeWeekly({
        lang,
        today: TODAY,
        summary: { ...weeklyOf(), faulty: [{ sourceId: item.sourceId, opd, kind: 'beneficiary', errors: 1 }] },
        master: { name: `Master ${nik}`, link: `javascript:${nik}` },
      }),
    ];
    for (const m of mails)
      for (const text of [m.subject, m.text, m.html]) {
        expect(text).not.toContain(nik);
        expect(text.replace(/[\s.\-_/]+/g, '')).not.toMatch(/\d{12,}/);
      }
    expect(mails[0].text).toContain(`NIK ${nik.slice(0, 6)}********${nik.slice(-2)}`);
    expect(mails[0].text).toContain(`KK ${kk.slice(0, 6)}********${kk.slice(-2)}`);
    // A link that had to be masked is no longer a link.
    expect(mails[0].html).not.toMatch(/<a /);
    // Names inside an OPD name cannot be told from an agency's name: they pass, by design (OPD names are agency names).
    expect(fold(mails[0].text)).toContain(fold(row.nama!));
  }
});
