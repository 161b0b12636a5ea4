// HtmlService: outputs, files registered by the test, and templates with <?= ?> (escaped), <?!= ?> (raw), <? ?>.
import { Env, fail, metered } from './env';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

/** HTML-escape as <?= ?> does in HTML context; null and undefined print nothing. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

export class FakeHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private sandbox: string = SandboxMode.IFRAME;
  private xframe: string = XFrameOptionsMode.DEFAULT;
  private metaTags: Array<{ name: string; content: string }> = [];
  private faviconUrl = '';

  constructor(
    env: Env,
    private content: string,
  ) {
    return metered(env, 'HtmlOutput', this);
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(html: string): this {
    this.content += String(html);
    return this;
  }
  appendUntrusted(text: string): this {
    this.content += escapeHtml(text);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.sandbox = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this.xframe = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.metaTags.push({ name, content });
    return this;
  }
  getMetaTags(): Array<{ getName(): string; getContent(): string }> {
    return this.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }
  setFaviconUrl(url: string): this {
    this.faviconUrl = String(url);
    return this;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  /** Test-side view of the settings that are not readable through Apps Script. */
  _settings(): { sandbox: string; xframe: string } {
    return { sandbox: this.sandbox, xframe: this.xframe };
  }
}

/** Turn template source into the body of a function that returns the HTML string. */
export function compileTemplate(source: string): string {
  const parts: string[] = ['var __out = [];'];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) parts.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    const code = m[2].trim();
    if (m[1] === '=') parts.push(`__out.push(__escape(${code}));`);
    else if (m[1] === '!=') parts.push(`__out.push(__raw(${code}));`);
    else parts.push(code);
    last = re.lastIndex;
  }
  if (last < source.length) parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  parts.push("return __out.join('');");
  return parts.join('\n');
}

const raw = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * A template: assign variables as properties (`t.rows = ...`), then evaluate(). Scriptlets see those
 * properties first, then the script's globals (`scope`), like Apps Script where they run in the script's scope.
 */
export class FakeHtmlTemplate {
  [variable: string]: unknown;

  constructor(
    private readonly _env: Env,
    private readonly _source: string,
    private readonly _scope: () => object,
  ) {
    return metered(_env, 'HtmlTemplate', this);
  }

  evaluate(): FakeHtmlOutput {
    const vars: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (!key.startsWith('_')) vars[key] = this[key];
    // A sloppy-mode Function so `with` can expose template variables and script globals by bare name.
    const fn = new Function(
      '__scope',
      '__vars',
      '__escape',
      '__raw',
      `with (__scope) { with (__vars) {\n${compileTemplate(this._source)}\n} }`,
    );
    return new FakeHtmlOutput(this._env, fn(this._scope(), vars, escapeHtml, raw));
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  getCodeWithComments(): string {
    return compileTemplate(this._source);
  }
  getRawContent(): string {
    return this._source;
  }
}

export interface HtmlFiles {
  files: Map<string, string>;
  scope: () => object;
}

export function createHtmlService(env: Env, files: HtmlFiles) {
  const file = (name: string): string => {
    const key = String(name).replace(/\.html$/, '');
    const html = files.files.get(key);
    if (html === undefined) fail(env, `No HTML file named ${key} was found.`);
    return html;
  };
  return metered(env, 'HtmlService', {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput: (html?: string | { getDataAsString(): string }) =>
      new FakeHtmlOutput(env, html === undefined ? '' : typeof html === 'string' ? html : html.getDataAsString()),
    createHtmlOutputFromFile: (name: string) => new FakeHtmlOutput(env, file(name)),
    createTemplate: (html: string | { getDataAsString(): string }) =>
      new FakeHtmlTemplate(env, typeof html === 'string' ? html : html.getDataAsString(), files.scope),
    createTemplateFromFile: (name: string) => new FakeHtmlTemplate(env, file(name), files.scope),
    getUserAgent: () => 'Mozilla/5.0 (fake)',
  });
}
