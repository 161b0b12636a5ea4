// JSON that is safe inside the HTML report's <script> element (text and attributes: core/text/html escapeHtml).

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
