// Escaping for the HTML report: text and attributes for markup, and JSON that is safe inside a <script> element.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or a quoted attribute value; anything else (numbers, undefined) is stringified first. */
export function escapeHtml(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  // Most cells hold no special character: skip the regex replace for them.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 || c === 60 || c === 62 || c === 34 || c === 39) return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
  }
  return s;
}

const JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for `<script type="application/json">`: `<`, `>` and `&` become \u escapes so that no `</script>` or `<!--` can end
 * or bend the element, and U+2028/2029 too so the text stays valid if ever evaluated as a script. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => JSON_ESCAPES[ch]);
}
