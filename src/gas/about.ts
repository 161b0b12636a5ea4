// "Tentang Sinergi": the version and what the add-on does.
import { t } from '../core/i18n';
import { VERSION } from '../core/version';

export function showAbout(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t('id', 'menu.about'), t('id', 'app.about', { version: VERSION }), ui.ButtonSet.OK);
}
