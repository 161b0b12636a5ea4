// field.enum: a value outside its field's list; the message lists what is accepted and, where one is close, suggests it.
import { t } from '../i18n';
import { ENUMS } from '../model/enums';
import { fieldDef } from '../model/fields';
import type { RegisterKind } from '../model/types';
import { defineRule, type RuleContext } from './types';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Canonical keys are identifiers ("diverifikasi_kelurahan"); people read words. */
const human = (key: string) => key.split('_').join(' ');

function allowedOf(ctx: RuleContext, field: string): string {
  const en = fieldDef(ctx.kind, field)?.enum;
  if (!en) return '';
  const keys: string[] = Object.keys(ENUMS[en]);
  // Programmes configured in the rules sheet are accepted alongside the built-in ones.
  if (en === 'program') for (const p of Object.keys(ctx.config.programs)) if (!keys.includes(p)) keys.push(p);
  return keys.map(human).join(', ');
}

export const rule = defineRule<RegisterKind>({
  id: 'field.enum',
  kind: 'any',
  severity: 'error',
  check(_rows, ctx, report) {
    const words = new Map<string, { field: string; allowed: string }>();
    for (const issue of ctx.issues) {
      if (issue.problem !== 'enum') continue;
      let w = words.get(issue.field);
      if (!w) {
        w = { field: cap(t(ctx.lang, `field.${issue.field}`)), allowed: allowedOf(ctx, issue.field) };
        words.set(issue.field, w);
      }
      const params: Record<string, string> = { field: w.field, shown: issue.shown };
      if (w.allowed) params.allowed = w.allowed;
      if (issue.suggestion !== undefined) params.suggestion = human(issue.suggestion);
      report(issue.row, issue.field, params, w.allowed ? undefined : { variant: 'unlisted' });
    }
  },
});
