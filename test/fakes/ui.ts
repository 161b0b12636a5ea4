// Ui and Menu: records menus, alerts, prompts, sidebars and dialogs; answers alerts from a queue (default OK/YES).
import { Env, fail, metered } from './env';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { submenu: MenuRecord };

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: string;
}

export interface PromptRecord extends AlertRecord {
  text: string;
}

/** Anything with HTML content, i.e. an HtmlOutput or a template's evaluate() result. */
export interface HtmlLike {
  getContent(): string;
  getTitle(): string;
  getWidth?(): number | null;
  getHeight?(): number | null;
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

/** Everything the add-on showed, for assertions. */
export class UiLog {
  menus: MenuRecord[] = [];
  alerts: AlertRecord[] = [];
  prompts: PromptRecord[] = [];
  sidebars: ShownHtml[] = [];
  dialogs: ShownHtml[] = [];
  toasts: Array<{ spreadsheet: string; message: string; title: string; timeoutSeconds: number }> = [];
  /** Queued answers for alert() and prompt(), consumed in order. */
  responses: Array<string | { text: string; button?: string }> = [];
  /** false simulates a trigger run, where getUi() throws. */
  available = true;

  /** Queue the button (or prompt text) the "user" will choose next. */
  respondWith(...answers: Array<string | { text: string; button?: string }>): void {
    this.responses.push(...answers);
  }

  reset(): void {
    this.menus = [];
    this.alerts = [];
    this.prompts = [];
    this.sidebars = [];
    this.dialogs = [];
    this.toasts.length = 0;
    this.responses = [];
  }
}

function defaultButton(buttons: string): string {
  return buttons.startsWith('YES') ? Button.YES : Button.OK;
}

export class FakeMenu {
  private items: MenuEntry[] = [];

  constructor(
    private readonly env: Env,
    private readonly log: UiLog,
    private readonly title: string,
    private readonly addon: boolean,
  ) {
    return metered(env, 'Menu', this);
  }

  addItem(caption: string, functionName: string): this {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.items.push({ submenu: menu._record() });
    return this;
  }
  addToUi(): void {
    this.log.menus.push(this._record());
  }
  _record(): MenuRecord {
    return { title: this.title, addon: this.addon, items: this.items.slice() };
  }
}

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly env: Env,
    private readonly log: UiLog,
    private readonly addonName: string,
  ) {
    return metered(env, 'Ui', this);
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.env, this.log, String(caption), false);
  }
  /** Add-on menus are titled with the add-on's name, whatever the code asks. */
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.env, this.log, this.addonName, true);
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b ?? '', c]
        : b !== undefined && b in ButtonSet
          ? ['', a, b]
          : b !== undefined
            ? [a, b, ButtonSet.OK]
            : ['', a, ButtonSet.OK];
    const next = this.log.responses.shift();
    const response = typeof next === 'string' ? next : (next?.button ?? defaultButton(buttons));
    this.log.alerts.push({ title: String(title), prompt: String(prompt), buttons, response });
    return response;
  }
  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). Answer text comes from the queue. */
  prompt(a: string, b?: string, c?: string): { getResponseText(): string; getSelectedButton(): string } {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b ?? '', c]
        : b !== undefined && b in ButtonSet
          ? ['', a, b]
          : b !== undefined
            ? [a, b, ButtonSet.OK]
            : ['', a, ButtonSet.OK];
    const next = this.log.responses.shift();
    const text = typeof next === 'object' ? next.text : '';
    const response = typeof next === 'string' ? next : (next?.button ?? defaultButton(buttons));
    this.log.prompts.push({ title: String(title), prompt: String(prompt), buttons, response, text });
    return { getResponseText: () => text, getSelectedButton: () => response };
  }
  showSidebar(html: HtmlLike): void {
    this.log.sidebars.push(shown('sidebar', html));
  }
  showModalDialog(html: HtmlLike, title: string): void {
    this.log.dialogs.push({ ...shown('modal', html), title: String(title) });
  }
  showModelessDialog(html: HtmlLike, title: string): void {
    this.log.dialogs.push({ ...shown('modeless', html), title: String(title) });
  }
}

function shown(kind: ShownHtml['kind'], html: HtmlLike): ShownHtml {
  return { kind, title: html.getTitle(), content: html.getContent(), width: html.getWidth?.() ?? null, height: html.getHeight?.() ?? null };
}

export function requireUi(env: Env, log: UiLog): void {
  if (!log.available) fail(env, 'Cannot call SpreadsheetApp.getUi() from this context.');
}
