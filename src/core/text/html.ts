// Escaping text for HTML, one set for every page and mail Sinergi writes: the CLI's report and the reminder mails.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or a quoted attribute value (either quote); anything else (numbers, undefined) is stringified first. */
export function escapeHtml(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  // Most cells hold no special character: skip the regex replace for them.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 || c === 60 || c === 62 || c === 34 || c === 39) return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
  }
  return s;
}
