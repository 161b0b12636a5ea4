// Apps Script entrypoints only: every export becomes a top-level function of dist/addon/Code.js; logic lives in the modules imported here.
import { langOfLocale } from './lang';
import { buildMenu } from './menu';

export { showAbout } from './about';
export { menuRemindersOn, menuRemindersPreview, menuRemindersOff } from './commands/remind';
export { menuCheckSheet, menuCheckAll, menuClearMarks, onEdit, checkChunk } from './commands/check';
export { menuConsolidate, menuPushRefs, consolidateChunk } from './commands/consolidate';
export { sinergiHourly, menuScheduleConsolidation, menuUnscheduleConsolidation } from './commands/scheduled';
export { menuSetup, setupCreateRegister, setupApplyMapping, setupCreateReference, setupDetect } from './commands/setup';
export { menuRollup, menuSidebar, sidebarData, jumpTo } from './commands/panel';

/** Runs on open, possibly in AuthMode.NONE: build the menu and touch nothing else. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // In NONE mode the spreadsheet cannot be read, so the menu is Indonesian; otherwise it follows the spreadsheet's locale.
  const none = !e || String(e.authMode) === 'NONE';
  buildMenu(SpreadsheetApp.getUi(), none ? 'id' : langOfLocale(SpreadsheetApp.getActive().getSpreadsheetLocale()));
}

/** Runs when the add-on is installed from the Marketplace: same menu. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
