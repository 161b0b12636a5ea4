// The add-on menu. Built in onOpen, which may run in AuthMode.NONE: only the Ui and Menu builders are touched.
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';

type Item = { key: string; fn: string } | 'separator' | { key: string; items: readonly { key: string; fn: string }[] };

/** The menu as data: caption keys and the top-level functions Apps Script calls. */
export const MENU: readonly Item[] = [
  { key: 'menu.setup', fn: 'menuSetup' },
  { key: 'menu.check_sheet', fn: 'menuCheckSheet' },
  { key: 'menu.check_all', fn: 'menuCheckAll' },
  { key: 'menu.rollup', fn: 'menuRollup' },
  'separator',
  { key: 'menu.consolidate', fn: 'menuConsolidate' },
  { key: 'menu.push_refs', fn: 'menuPushRefs' },
  { key: 'menu.schedule_on', fn: 'menuScheduleConsolidation' },
  { key: 'menu.schedule_off', fn: 'menuUnscheduleConsolidation' },
  {
    key: 'menu.reminders',
    items: [
      { key: 'menu.reminders_on', fn: 'menuRemindersOn' },
      { key: 'menu.reminders_preview', fn: 'menuRemindersPreview' },
      { key: 'menu.reminders_off', fn: 'menuRemindersOff' },
    ],
  },
  'separator',
  { key: 'menu.sidebar', fn: 'menuSidebar' },
  { key: 'menu.clear_marks', fn: 'menuClearMarks' },
  { key: 'menu.about', fn: 'showAbout' },
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang = 'id'): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU) {
    if (item === 'separator') menu.addSeparator();
    else if ('fn' in item) menu.addItem(t(lang, item.key), item.fn);
    else {
      const sub = ui.createMenu(t(lang, item.key));
      for (const s of item.items) sub.addItem(t(lang, s.key), s.fn);
      menu.addSubMenu(sub);
    }
  }
  menu.addToUi();
}
