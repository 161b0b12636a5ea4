// English: words shared by every part of Sinergi.
import type { common as id } from '../id/common';

export const common = {
  'app.name': 'Sinergi',
  'app.tagline': "Binjai's programme and beneficiary registers: read as they are, checked, rolled up.",
  'app.about': "Sinergi {version}\nReads the programme and aid-recipient sheets agencies already keep, checks every cell, and rolls up progress for Binjai's TKPP.",
  'menu.about': 'About Sinergi',
  'hint.did_you_mean': 'Did you mean "{suggestion}"?',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
} as const satisfies Record<keyof typeof id, string>;
