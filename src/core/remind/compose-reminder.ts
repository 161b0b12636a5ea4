// A reminder mail to one contact: one section per due item (late, due soon or holding errors), in plain words for agency clerks.
import { hasMessage, t } from '../i18n';
import { formatDayLong } from '../i18n/format';
import type { Day, Lang } from '../model/types';
import { periodLabel } from './calendar';
import { deliveryOpens } from './lateness';
import { type Block, type Field, type Tone, clean, count, linkField, para, plural, renderHtml, renderText } from './compose-html';
import type { MailText, ReminderItem } from './types';

export interface ReminderMailInput {
  lang: Lang;
  today: Day;
  opd: string;
  items: readonly ReminderItem[];
  escalated: boolean;
  /** Addressed to TKPP because the source has no usable contact address (its last step). */
  toTkpp?: boolean;
}

/** Rules listed by name in one item; the rest are summed in one line so a mail stays short. */
const MAX_RULES = 10;

// Most urgent first, as the plan orders mails, so the subject names the item that matters most.
const byUrgency = (a: ReminderItem, b: ReminderItem): number =>
  b.daysLate - a.daysLate ||
  Number(!!b.late) - Number(!!a.late) ||
  b.errors - a.errors ||
  a.opd.localeCompare(b.opd, 'id') ||
  a.period.key.localeCompare(b.period.key) ||
  a.sourceId.localeCompare(b.sourceId);

export const errorsText = (lang: Lang, n: number): string => plural(lang, 'remind.count.errors', n);

/** "batas waktu 3 hari lagi" / "batas waktu hari ini" / "terlambat 3 hari". */
export function stateText(lang: Lang, daysLate: number): string {
  if (daysLate < 0) return plural(lang, 'remind.state.before', -daysLate);
  return daysLate === 0 ? t(lang, 'remind.state.today') : plural(lang, 'remind.state.late', daysLate);
}

/**
 * The words after the deadline: "(3 hari lagi)" / "(hari ini)" / "(terlambat 3 hari)"; a source that did deliver and only
 * holds errors is not late, so past the deadline it reads "(lewat 3 hari)".
 */
function whenText(lang: Lang, daysLate: number, delivered: boolean): string {
  if (daysLate < 0) return plural(lang, 'remind.when.before', -daysLate);
  if (daysLate === 0) return t(lang, 'remind.when.today');
  return plural(lang, delivered ? 'remind.when.past' : 'remind.state.late', daysLate);
}

/** By when to act, worded for today: "paling lambat 10 Desember 2026" / "hari ini" / "secepatnya". */
function byWhen(lang: Lang, item: ReminderItem): string {
  if (item.daysLate < 0) return t(lang, 'remind.todo.when.before', { deadline: formatDayLong(item.deadline, lang) });
  return t(lang, item.daysLate === 0 ? 'remind.todo.when.today' : 'remind.todo.when.late');
}

function statusText(lang: Lang, item: ReminderItem): string {
  switch (item.late) {
    case 'never_synced':
      return t(lang, 'remind.status.never_synced');
    case 'unreadable':
      return t(lang, 'remind.status.unreadable');
    case 'not_delivered': {
      const text = t(lang, 'remind.status.not_delivered', { since: formatDayLong(deliveryOpens(item.period), lang) });
      if (item.lastSync === undefined) return text;
      return text + ' ' + t(lang, 'remind.status.last_read', { date: formatDayLong(item.lastSync, lang) });
    }
    default:
      return t(lang, 'remind.status.delivered');
  }
}

function todoText(lang: Lang, item: ReminderItem, period: string): string {
  let what = '';
  if (item.late === 'never_synced') what = t(lang, 'remind.todo.never_synced', { period });
  else if (item.late === 'unreadable') what = t(lang, 'remind.todo.unreadable');
  else if (item.late === 'not_delivered') what = t(lang, 'remind.todo.missing', { period });
  if (item.errors > 0) {
    const fix = t(lang, 'remind.todo.errors', { errors: errorsText(lang, item.errors) });
    what = what ? t(lang, 'remind.todo.join', { first: what, second: fix }) : fix;
  }
  const line = t(lang, 'remind.todo.line', { what, when: byWhen(lang, item) });
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** Rule title from the catalogue (`panel.rule.<id>`), else the rule id itself. */
const ruleTitle = (lang: Lang, rule: string): string =>
  hasMessage(lang, `panel.rule.${rule}`) ? t(lang, `panel.rule.${rule}`) : clean(rule, 80);

function ruleLines(lang: Lang, item: ReminderItem): string[] {
  const rules = item.errorsByRule.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const lines = rules.slice(0, MAX_RULES).map(([rule, n]) => `${ruleTitle(lang, rule)}: ${count(lang, n)}`);
  const rest = rules.slice(MAX_RULES);
  if (rest.length > 0) {
    const errors = errorsText(
      lang,
      rest.reduce((s, [, n]) => s + n, 0),
    );
    lines.push(plural(lang, 'remind.errors.more', rest.length, { errors }));
  }
  return lines;
}

function toneOf(item: ReminderItem): Tone {
  if (!item.late) return 'errors';
  return item.daysLate > 0 ? 'late' : 'due';
}

function section(lang: Lang, item: ReminderItem, title: string | undefined): Block {
  const period = periodLabel(item.period, lang);
  const label = (k: string) => t(lang, `remind.label.${k}`);
  const rows: Field[] = [
    { label: label('opd'), value: clean(item.opd) },
    { label: label('kind'), value: t(lang, `remind.kind.${item.kind}`) },
    { label: label('period'), value: period },
    { label: label('source'), value: clean(item.sourceId) },
    {
      label: label('deadline'),
      value: `${formatDayLong(item.deadline, lang)} (${whenText(lang, item.daysLate, item.late === undefined)})`,
    },
    { label: label('status'), value: statusText(lang, item) },
  ];
  if (item.errors > 0) rows.push({ label: label('errors'), value: count(lang, item.errors), list: ruleLines(lang, item) });
  if (item.warnings > 0) rows.push({ label: label('warnings'), value: count(lang, item.warnings) });
  rows.push({ label: label('todo'), value: todoText(lang, item, period) });
  rows.push(linkField(label('sheet'), item.link, t(lang, 'remind.sheet.none')));
  return { kind: 'section', title, tone: toneOf(item), blocks: [{ kind: 'fields', rows }] };
}

function subjectOf(lang: Lang, opd: string, items: readonly ReminderItem[]): string {
  const top = items[0];
  if (!top) return `[Sinergi] ${clean(opd, 80)}`;
  const vars = { opd: clean(top.opd, 80), period: periodLabel(top.period, lang) };
  const base = top.late
    ? t(lang, 'remind.subject.late', { ...vars, state: stateText(lang, top.daysLate) })
    : t(lang, 'remind.subject.errors', { ...vars, errors: errorsText(lang, top.errors) });
  return items.length > 1 ? `${base} ${t(lang, 'remind.subject.more', { n: items.length - 1 })}` : base;
}

export function composeReminder(input: ReminderMailInput): MailText {
  const { lang } = input;
  const items = [...input.items].sort(byUrgency);
  const blocks: Block[] = [
    para(input.toTkpp ? t(lang, 'remind.greeting.tkpp') : t(lang, 'remind.greeting', { opd: clean(input.opd) })),
    ...(input.toTkpp ? [para(t(lang, 'remind.to_tkpp', { opd: clean(input.opd) }))] : []),
    para(items.length > 1 ? t(lang, 'remind.intro.many', { n: items.length }) : t(lang, 'remind.intro.one')),
  ];
  items.forEach((item, i) =>
    blocks.push(section(lang, item, items.length > 1 ? t(lang, 'remind.item.heading', { i: i + 1, n: items.length }) : undefined)),
  );
  blocks.push({
    kind: 'list',
    title: t(lang, 'remind.steps.title'),
    ordered: true,
    items: [
      t(lang, items.some((it) => it.link) ? 'remind.steps.open' : 'remind.steps.open.nolink'),
      t(lang, 'remind.steps.check', { menu: t(lang, 'menu.check_all') }),
      t(lang, 'remind.steps.fix'),
      t(lang, 'remind.steps.done'),
    ],
  });
  if (input.escalated && !input.toTkpp) blocks.push(para(t(lang, 'remind.escalated')));
  blocks.push(para(t(lang, 'remind.closing'), t(lang, 'remind.signature')));
  return { subject: subjectOf(lang, input.opd, items), text: renderText(blocks), html: renderHtml(blocks) };
}
