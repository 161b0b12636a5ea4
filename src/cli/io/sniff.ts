// What a file really is, from its first bytes: an .xlsx (zip), an OLE file (.xls or encrypted .xlsx), a PDF, a web export, text or binary.
export type FileKind = 'zip' | 'ole' | 'pdf' | 'web' | 'text' | 'binary' | 'empty';

const startsWith = (buf: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => buf[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Lower-cased start of the text after a BOM and blanks, to recognise HTML tables and XML Spreadsheet 2003 saved as .xls. */
function textStart(head: Uint8Array): string {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  let s = '';
  for (let j = i; j < head.length && s.length < 512; j++) s += String.fromCharCode(head[j]);
  return s.toLowerCase();
}

/** `head` is the first few KB of the file (64 KB is plenty); `size` its full length. */
export function sniff(head: Uint8Array, size: number): FileKind {
  if (size === 0) return 'empty';
  if (startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY)) return 'zip';
  if (startsWith(head, OLE)) return 'ole';
  if (startsWith(head, PDF)) return 'pdf';
  // UTF-16 text (Excel's "Unicode Text") has NUL bytes but is still text.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'text';
  const start = textStart(head);
  if (start.startsWith('<')) {
    if (start.includes('<html') || start.includes('<table') || start.includes('<!doctype') || start.includes('<?xml')) return 'web';
  }
  for (let i = 0; i < head.length; i++) if (head[i] === 0) return 'binary';
  return 'text';
}

/** Whether an OLE compound file holds an encrypted OOXML package (a password-protected .xlsx) rather than an old .xls. */
export function isEncryptedPackage(file: Uint8Array): boolean {
  // Directory entries name their streams in UTF-16LE; an encrypted .xlsx has "EncryptedPackage".
  const name = 'EncryptedPackage';
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  return Buffer.from(file.buffer, file.byteOffset, file.byteLength).indexOf(needle) >= 0;
}
