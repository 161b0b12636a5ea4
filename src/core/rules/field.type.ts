// field.type: a cell that parse could not read as its field's type; the message shows the form Sinergi expects.
import { t } from '../i18n';
import { fieldDef } from '../model/fields';
import type { Lang, RegisterKind } from '../model/types';
import { defineRule } from './types';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const rule = defineRule<RegisterKind>({
  id: 'field.type',
  kind: 'any',
  severity: 'error',
  check(_rows, ctx, report) {
    // A bad column yields the same words on every row: build them once per field.
    const words = new Map<string, { field: string; type: string; form: string }>();
    const wordsOf = (field: string, lang: Lang) => {
      let w = words.get(field);
      if (!w) {
        const type = fieldDef(ctx.kind, field)?.type ?? 'text';
        w = { field: cap(t(lang, `field.${field}`)), type: t(lang, `type.${type}`), form: t(lang, `type.${type}.form`) };
        words.set(field, w);
      }
      return w;
    };
    for (const issue of ctx.issues) {
      if (issue.problem !== 'type') continue;
      const w = wordsOf(issue.field, ctx.lang);
      report(issue.row, issue.field, { field: w.field, shown: issue.shown, type: w.type, form: w.form });
    }
  },
});
