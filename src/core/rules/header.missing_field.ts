// header.missing_field: a required field has no column; the message lists header spellings Sinergi would accept.
import { t } from '../i18n';
import { fieldDef } from '../model/fields';
import type { RegisterKind } from '../model/types';
import { fold } from '../text/fold';
import { defineRule } from './types';

/** Spellings are near-duplicates ("No KTP", "No. KTP"): show a few that differ once folded. */
const ACCEPTED_SHOWN = 4;

function accepted(kind: RegisterKind, field: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of fieldDef(kind, field)?.synonyms ?? [field]) {
    const k = fold(s);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(`"${s}"`);
    if (out.length === ACCEPTED_SHOWN) break;
  }
  return out.join(', ');
}

export const rule = defineRule<RegisterKind>({
  id: 'header.missing_field',
  kind: 'any',
  severity: 'error',
  check(_rows, ctx, report) {
    for (const field of ctx.header.missing) {
      const params = { field: t(ctx.lang, `field.${field}`), accepted: accepted(ctx.kind, field) };
      // A beneficiary sheet may name its programme in the title instead of a column: say so.
      report(0, field, params, ctx.kind === 'beneficiary' && field === 'program' ? { variant: 'program' } : undefined);
    }
  },
});
