// Shared builders of the reminder plan tests: calendar days, a source with sensible defaults, the TKPP address.
import { dayOf } from '../../../src/core/i18n/format';
import type { RemindSource } from '../../../src/core/remind/types';

export const D = (y: number, m: number, d: number) => dayOf(y, m, d) as number;
export const TKPP = 'tkpp@binjaikota.go.id';

/** An active beneficiary source, read fine, without errors, mailed at `<id>@binjaikota.go.id`. */
export const src = (id: string, over: Partial<RemindSource> = {}): RemindSource => ({
  id,
  opd: `Dinas ${id}`,
  kind: 'beneficiary',
  emails: [`${id.toLowerCase()}@binjaikota.go.id`],
  badEmails: [],
  active: true,
  state: 'ok',
  errors: 0,
  warnings: 0,
  errorsByRule: {},
  ...over,
});
