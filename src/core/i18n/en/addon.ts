// English: the add-on's menu and the words every add-on command shares.
import type { addon as id } from '../id/addon';

export const addon = {
  'menu.setup': 'Set up register…',
  'menu.check_sheet': 'Check this sheet',
  'menu.check_all': 'Check all sheets (cross-sheet)',
  'menu.rollup': 'Progress rollup',
  'menu.consolidate': 'Consolidate sources (TKPP)',
  'menu.reminders': 'Reminders',
  'menu.reminders_on': 'Turn on',
  'menu.reminders_preview': 'Preview',
  'menu.reminders_off': 'Turn off',
  'menu.sidebar': 'Findings panel',
  'menu.clear_marks': 'Clear marks',
  'menu.push_refs': 'Send reference lists to sources (TKPP)',
  'menu.schedule_on': 'Scheduled consolidation: turn on',
  'menu.schedule_off': 'Scheduled consolidation: turn off',
  'chunk.consolidate.run': 'Consolidate (step by step)',
  'chunk.consolidate.starting': 'Starting consolidation…',
  'chunk.consolidate.progress': '{done} of {total} sources done',
  'chunk.consolidate.done': 'Consolidation finished.',
} as const satisfies Record<keyof typeof id, string>;
