// The TKPP's weekly summary mail: headline counts, completeness per register kind, then who is late, who holds errors, who has no contact.
import { t } from '../i18n';
import { formatDayLong, formatPercent } from '../i18n/format';
import type { Day, Lang } from '../model/types';
import { periodLabel } from './calendar';
import { type Block, type Field, clean, count, linkField, para, plural, renderHtml, renderText } from './compose-html';
import { errorsText, stateText } from './compose-reminder';
import type { LateReason, MailText, WeeklySummary } from './types';

export interface WeeklyMailInput {
  lang: Lang;
  today: Day;
  summary: WeeklySummary;
  master?: { name: string; link?: string };
}

/** Lines per list; a city has tens of sources, this only bounds a broken sources sheet. */
const MAX_LINES = 100;

export const lateShort = (lang: Lang, reason: LateReason): string => t(lang, `remind.reason.short.${reason}`);

function capped(lang: Lang, lines: string[]): string[] {
  if (lines.length === 0) return [t(lang, 'remind.weekly.none')];
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), t(lang, 'remind.weekly.more', { n: count(lang, lines.length - MAX_LINES) })];
}

const rate = (lang: Lang, part: number, whole: number): string => formatPercent(whole > 0 ? (part / whole) * 100 : 0, lang);

function completeness(lang: Lang, s: WeeklySummary): string[] {
  return s.completeness.map((c) => {
    const vars = { kind: t(lang, `remind.kind.${c.kind}`), period: periodLabel(c.period, lang) };
    if (c.expected <= 0) return t(lang, 'remind.weekly.completeness.empty', vars);
    return t(lang, 'remind.weekly.completeness.line', {
      ...vars,
      deadline: formatDayLong(c.deadline, lang),
      delivered: count(lang, c.delivered),
      expected: count(lang, c.expected),
      rate: rate(lang, c.delivered, c.expected),
      ontime: count(lang, c.onTime),
      ontimeRate: rate(lang, c.onTime, c.expected),
    });
  });
}

function section(title: string, lines: string[], hint?: string): Block {
  return { kind: 'section', title, tone: 'plain', blocks: [{ kind: 'list', items: lines }, ...(hint ? [para(hint)] : [])] };
}

export function composeWeekly(input: WeeklyMailInput): MailText {
  const { lang, summary: s } = input;
  const kind = (k: string) => t(lang, `remind.kind.${k}`);
  const late = [...s.late]
    .sort((a, b) => b.daysLate - a.daysLate || a.opd.localeCompare(b.opd, 'id') || a.sourceId.localeCompare(b.sourceId))
    .map((l) =>
      t(lang, 'remind.weekly.late.line', {
        opd: clean(l.opd),
        source: clean(l.sourceId),
        kind: kind(l.kind),
        period: periodLabel(l.period, lang),
        state: stateText(lang, l.daysLate),
        reason: lateShort(lang, l.reason),
      }),
    );
  const faulty = [...s.faulty]
    .sort((a, b) => b.errors - a.errors || a.opd.localeCompare(b.opd, 'id') || a.sourceId.localeCompare(b.sourceId))
    .map((f) =>
      t(lang, 'remind.weekly.faulty.line', {
        opd: clean(f.opd),
        source: clean(f.sourceId),
        kind: kind(f.kind),
        errors: errorsText(lang, f.errors),
      }),
    );
  const noContact = [...s.noContact]
    .sort((a, b) => a.opd.localeCompare(b.opd, 'id') || a.sourceId.localeCompare(b.sourceId))
    .map((n) => t(lang, 'remind.weekly.nocontact.line', { opd: clean(n.opd), source: clean(n.sourceId), kind: kind(n.kind) }));
  const week = clean(s.week, 20);
  const counts = { late: count(lang, s.late.length), faulty: count(lang, s.faulty.length), nocontact: count(lang, s.noContact.length) };

  const blocks: Block[] = [
    para(t(lang, 'remind.weekly.greeting')),
    para(t(lang, 'remind.weekly.intro', { date: formatDayLong(input.today, lang), week })),
    para(t(lang, 'remind.weekly.headline', counts)),
    section(t(lang, 'remind.weekly.completeness'), capped(lang, completeness(lang, s))),
    section(t(lang, 'remind.weekly.late', { n: counts.late }), capped(lang, late)),
    section(t(lang, 'remind.weekly.faulty', { n: counts.faulty }), capped(lang, faulty)),
    section(
      t(lang, 'remind.weekly.nocontact', { n: counts.nocontact }),
      capped(lang, noContact),
      noContact.length > 0 ? t(lang, 'remind.weekly.nocontact.hint') : undefined,
    ),
  ];
  const bad = typeof s.badContact === 'number' && s.badContact > 0 ? Math.floor(s.badContact) : 0;
  if (bad > 0) blocks.push(para(plural(lang, 'remind.weekly.badcontact', bad)));
  if (input.master) {
    const rows: Field[] = [{ label: t(lang, 'remind.weekly.master'), value: clean(input.master.name) }];
    if (input.master.link) rows.push(linkField(t(lang, 'remind.label.sheet'), input.master.link, ''));
    blocks.push({ kind: 'fields', rows });
  }
  blocks.push(para(t(lang, 'remind.closing'), t(lang, 'remind.signature')));
  return { subject: t(lang, 'remind.weekly.subject', { week, ...counts }), text: renderText(blocks), html: renderHtml(blocks) };
}
