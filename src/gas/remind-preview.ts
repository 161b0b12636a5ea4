// Pratinjau pengingat: the plan as a modal dialog, every value placed by the template's escaping <?= ?>, never as markup.
import { t } from '../core/i18n';
import { formatDayLong } from '../core/i18n/format';
import type { Lang } from '../core/model/types';
import { reasonText } from '../core/remind/compose';
import type { LogReason, ReminderPlan } from '../core/remind/types';

/** What the dialog shows, as plain data (tests read the same fields back out of the HTML). */
export interface PreviewView {
  title: string;
  status: string;
  summary: string;
  labels: { to: string; cc: string; subject: string; deferred: string; skipped: string; none: string };
  mails: { heading: string; to: string; cc: string; subject: string; text: string }[];
  deferred: { to: string; subject: string }[];
  skipped: { words: string; count: number }[];
}

const list = (a: readonly string[]): string => a.join(', ');

export function previewView(plan: ReminderPlan, lang: Lang, on: boolean, doneToday: boolean, hour: number): PreviewView {
  const counts = new Map<LogReason, number>();
  for (const s of plan.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const status = !on ? 'remindgas.preview.off' : doneToday ? 'remindgas.preview.done_today' : 'remindgas.preview.on';
  return {
    title: t(lang, 'remindgas.preview.title'),
    status: t(lang, status, { hour }),
    summary: t(lang, 'remindgas.preview.summary', {
      date: formatDayLong(plan.today, lang),
      send: plan.send.length,
      deferred: plan.deferred.length,
      skipped: plan.skipped.length,
      quota: plan.quota,
    }),
    labels: {
      to: t(lang, 'remindgas.preview.to'),
      cc: t(lang, 'remindgas.preview.cc'),
      subject: t(lang, 'remindgas.preview.subject'),
      deferred: t(lang, 'remindgas.preview.deferred'),
      skipped: t(lang, 'remindgas.preview.skipped'),
      none: t(lang, 'remindgas.preview.none'),
    },
    mails: plan.send.map((m, i) => ({
      heading: t(lang, 'remindgas.preview.mail', { n: i + 1, total: plan.send.length }),
      to: list(m.to),
      cc: list(m.cc),
      subject: m.subject,
      text: m.text,
    })),
    deferred: plan.deferred.map((m) => ({ to: list([...m.to, ...m.cc]), subject: m.subject })),
    skipped: [...counts].map(([reason, count]) => ({ words: reasonText(lang, 'skipped', reason), count })),
  };
}

/** Apps Script template: data only through <?= ?> (HTML-escaped in text context), no script. */
const TEMPLATE = `<!DOCTYPE html>
<html><head><base target="_top"><style>
body{font-family:Arial,sans-serif;font-size:13px;color:#202124;margin:0 8px}
.mail{border:1px solid #dadce0;border-radius:4px;padding:8px 12px;margin:10px 0}
.mail h3{margin:0 0 6px;font-size:13px;color:#5f6368}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0 0 6px}
dt{font-weight:bold}dd{margin:0}
pre{white-space:pre-wrap;font-family:inherit;background:#f8f9fa;padding:8px;margin:0}
</style></head><body>
<p class="status"><?= view.status ?></p>
<p class="summary"><?= view.summary ?></p>
<? if (view.mails.length === 0) { ?><p class="none"><?= view.labels.none ?></p><? } ?>
<? for (var i = 0; i < view.mails.length; i++) { ?>
<section class="mail"><h3><?= view.mails[i].heading ?></h3><dl>
<dt><?= view.labels.to ?></dt><dd class="to"><?= view.mails[i].to ?></dd>
<dt><?= view.labels.cc ?></dt><dd class="cc"><?= view.mails[i].cc ?></dd>
<dt><?= view.labels.subject ?></dt><dd class="subject"><?= view.mails[i].subject ?></dd>
</dl><pre class="text"><?= view.mails[i].text ?></pre></section>
<? } ?>
<? if (view.deferred.length > 0) { ?><h3><?= view.labels.deferred ?></h3><ul>
<? for (var j = 0; j < view.deferred.length; j++) { ?><li class="deferred"><span class="to"><?= view.deferred[j].to ?></span> — <span class="subject"><?= view.deferred[j].subject ?></span></li><? } ?>
</ul><? } ?>
<? if (view.skipped.length > 0) { ?><h3><?= view.labels.skipped ?></h3><ul>
<? for (var k = 0; k < view.skipped.length; k++) { ?><li class="skipped"><?= view.skipped[k].words ?>: <?= view.skipped[k].count ?></li><? } ?>
</ul><? } ?>
</body></html>`;

export function showPreview(view: PreviewView): void {
  const template = HtmlService.createTemplate(TEMPLATE);
  template.view = view;
  const html = template.evaluate().setWidth(760).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, view.title);
}
