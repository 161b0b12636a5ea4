// The add-on menu. Built in onOpen, which may run in AuthMode.NONE: only the Ui and Menu builders are touched.
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';

/** Menu items: caption key and the top-level function Apps Script calls. */
export const MENU_ITEMS = [{ key: 'menu.about', fn: 'showAbout' }] as const;

export function buildMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang = 'id'): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(t(lang, item.key), item.fn);
  menu.addToUi();
}
