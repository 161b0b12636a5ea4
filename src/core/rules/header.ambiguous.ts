// header.ambiguous: several columns claim one field; Sinergi used the first, and the user can choose another in the mapping.
import { t } from '../i18n';
import type { RegisterKind } from '../model/types';
import { defineRule } from './types';

const quoted = (h: string) => `"${h}"`;

export const rule = defineRule<RegisterKind>({
  id: 'header.ambiguous',
  kind: 'any',
  severity: 'warning',
  check(_rows, ctx, report) {
    for (const { field, headers } of ctx.header.ambiguous) {
      if (headers.length === 0) continue;
      report(0, field, { field: t(ctx.lang, `field.${field}`), headers: headers.map(quoted).join(', '), used: quoted(headers[0]) });
    }
  },
});
