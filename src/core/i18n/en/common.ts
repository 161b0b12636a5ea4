// English: words shared by every part of Sinergi.
import type { common as id } from '../id/common';

export const common = {
  'app.name': 'Sinergi',
  'app.tagline': "Binjai's programme and beneficiary registers: read as they are, checked, rolled up.",
  'app.about':
    "Sinergi {version}\nReads the programme and aid-recipient sheets agencies already keep, and flags every bad cell with a plain reason.\nRolls up progress for Binjai's TKPP and consolidates every agency workbook without a server.",
  'menu.about': 'About Sinergi',
  'hint.did_you_mean': 'Did you mean "{suggestion}"?',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
} as const satisfies Record<keyof typeof id, string>;
