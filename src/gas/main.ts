// Apps Script entrypoints only: every export becomes a top-level function of dist/addon/Code.js; logic lives in the modules imported here.
import { buildMenu } from './menu';

export { showAbout } from './about';

/** Runs on open, possibly in AuthMode.NONE: build the menu and touch nothing else. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs when the add-on is installed from the Marketplace: same menu. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
