// Opens the setup dialog (src/ui/setup.html): the words and the detected mapping go in as template data, printed escaped.
import type { DetectView } from '../app/setup-detect';
import { REFERENCE_SETUP_KINDS } from '../app/setup-reference';
import { CATALOGUES, t } from '../core/i18n';
import { docLang } from './lang';

export const SETUP_DIALOG_WIDTH = 640;
export const SETUP_DIALOG_HEIGHT = 620;

export function showSetupDialog(view: DetectView): void {
  const lang = docLang();
  const catalogue = CATALOGUES[lang] as Readonly<Record<string, string>>;
  const words: Record<string, string> = {};
  for (const key of Object.keys(catalogue)) if (key.startsWith('setup.')) words[key] = catalogue[key];
  const title = t(lang, 'setup.title');
  const template = HtmlService.createTemplateFromFile('setup');
  template.lang = lang;
  template.title = title;
  template.w = words;
  template.sheetName = view.sheetName;
  template.refs = REFERENCE_SETUP_KINDS;
  // The client reads this back from an element's textContent: printed with <?= ?>, it is HTML-escaped like everything else.
  template.data = JSON.stringify({ view, words });
  const html = template.evaluate().setTitle(title).setWidth(SETUP_DIALOG_WIDTH).setHeight(SETUP_DIALOG_HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
