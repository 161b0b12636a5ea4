// One small document model for reminder mails, rendered to plain text and to inline-styled HTML so both always carry the same facts.
import { t } from '../i18n';
import type { Lang } from '../model/types';
import { escapeHtml } from '../text/html';
import { maskDigitRuns, maskId } from '../text/mask';

/** A labelled line; `list` hangs under it (error counts by rule); `link` marks a checked http(s) link (see linkField). */
export interface Field {
  label: string;
  value: string;
  link?: boolean;
  list?: string[];
}

export type Tone = 'late' | 'due' | 'errors' | 'plain';

export type Block =
  | { kind: 'p'; lines: string[] }
  | { kind: 'list'; items: string[]; ordered?: boolean; title?: string }
  | { kind: 'fields'; rows: Field[] }
  | { kind: 'section'; title?: string; tone: Tone; blocks: Block[] };

export const para = (...lines: string[]): Block => ({ kind: 'p', lines });

/** 12+ digits, possibly split by single spaces, dots, dashes, slashes or underscores ("1275 0117 0880 0001"). */
const SPACED_DIGITS = /\d(?:[ .\-_/]?\d){11,}/g;
// Control characters and line separators would let a cell's text fake extra lines of a mail.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** A free text from a sheet (OPD, source id, sheet) made safe for a mail: one line, no digit run that could be a NIK/KK, bounded. */
export function clean(text: string, max = 160): string {
  let s = String(text).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  s = maskDigitRuns(s).replace(SPACED_DIGITS, (run) => maskId(run.replace(/\D/g, '')));
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** A link that may be shown as a hyperlink: http(s) only, no spaces or quotes, and nothing that masking had to hide. */
export function isWebLink(text: string): boolean {
  return /^https?:\/\/[^\s<>"'`]+$/i.test(text) && clean(text, 2000) === text;
}

/** A link row: a hyperlink only when the link is plain http(s) as given; anything else (javascript:, masked digits) is text. */
export function linkField(label: string, link: string | undefined, none: string): Field {
  if (!link) return { label, value: none };
  return isWebLink(link) ? { label, value: link, link: true } : { label, value: clean(link, 300) };
}

/** "1 day" vs "3 days": a key's `.one` form when n is 1. */
export function plural(lang: Lang, key: string, n: number, params: Record<string, string | number> = {}): string {
  return t(lang, Math.abs(n) === 1 ? `${key}.one` : key, { ...params, n: count(lang, n) });
}

export const count = (lang: Lang, n: number): string => {
  const a = Math.abs(Math.round(n));
  // Thousands grouping without the shared formatter's decimals, so a count never reads as a fraction.
  return String(a).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
};

// ---- plain text

function textBlock(b: Block, indent: string): string {
  switch (b.kind) {
    case 'p':
      return b.lines.map((l) => indent + l).join('\n');
    case 'list': {
      const items = b.items.map((it, i) => `${indent}${b.ordered ? `${i + 1}.` : '-'} ${it}`);
      return (b.title ? [indent + b.title, ...items] : items).join('\n');
    }
    case 'fields':
      return b.rows
        .map((r) => [`${indent}${r.label}: ${r.value}`, ...(r.list ?? []).map((it) => `${indent}  - ${it}`)].join('\n'))
        .join('\n');
    case 'section':
      return [...(b.title ? [indent + b.title] : []), ...b.blocks.map((x) => textBlock(x, indent))].join('\n');
  }
}

export const renderText = (blocks: readonly Block[]): string => blocks.map((b) => textBlock(b, '')).join('\n\n') + '\n';

// ---- HTML

const TONE: Record<Tone, string> = { late: '#d93025', due: '#1a73e8', errors: '#e37400', plain: '#dadce0' };
const P = 'margin:0 0 12px';
const LIST = 'margin:4px 0 8px;padding-left:22px';
const LABEL = 'padding:3px 16px 3px 0;color:#5f6368;vertical-align:top;white-space:nowrap';
const VALUE = 'padding:3px 0;vertical-align:top';

function htmlValue(r: Field): string {
  const v = escapeHtml(r.value);
  return r.link && isWebLink(r.value) ? `<a href="${v}" style="color:#1a73e8">${v}</a>` : v;
}

function htmlBlock(b: Block): string {
  switch (b.kind) {
    case 'p':
      return `<p style="${P}">${b.lines.map(escapeHtml).join('<br>')}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const title = b.title ? `<p style="margin:0">${escapeHtml(b.title)}</p>` : '';
      return `${title}<${tag} style="${LIST}">${b.items.map((it) => `<li>${escapeHtml(it)}</li>`).join('')}</${tag}>`;
    }
    case 'fields': {
      const rows = b.rows.map((r) => {
        const list = r.list?.length ? `<ul style="${LIST}">${r.list.map((it) => `<li>${escapeHtml(it)}</li>`).join('')}</ul>` : '';
        return `<tr><td style="${LABEL}">${escapeHtml(r.label)}</td><td style="${VALUE}">${htmlValue(r)}${list}</td></tr>`;
      });
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 8px">${rows.join('')}</table>`;
    }
    case 'section': {
      const title = b.title ? `<p style="margin:0 0 6px;font-weight:bold">${escapeHtml(b.title)}</p>` : '';
      const style = `border-left:4px solid ${TONE[b.tone]};padding:4px 0 4px 12px;margin:0 0 16px`;
      return `<div style="${style}">${title}${b.blocks.map(htmlBlock).join('')}</div>`;
    }
  }
}

export function renderHtml(blocks: readonly Block[]): string {
  const style = 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#202124;max-width:640px';
  return `<div style="${style}">${blocks.map(htmlBlock).join('')}</div>`;
}
