// Menu entries whose feature lands with a later update: they exist now and say so, changing nothing.
import { t } from '../core/i18n';
import { docLang } from './lang';

export function comingSoon(featureKey: string, issue: string): void {
  const lang = docLang();
  SpreadsheetApp.getUi().alert(t(lang, 'addon.coming', { feature: t(lang, featureKey), issue }));
}

export const menuRemindersOn = (): void => comingSoon('menu.reminders_on', 'Pengingat terjadwal / Scheduled reminders');
export const menuRemindersPreview = (): void => comingSoon('menu.reminders_preview', 'Pengingat terjadwal / Scheduled reminders');
export const menuRemindersOff = (): void => comingSoon('menu.reminders_off', 'Pengingat terjadwal / Scheduled reminders');
