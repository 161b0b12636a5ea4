// Types for the SAX helper of exceljs 4.4 (pinned): saxes behind an async iterator, undeclared in exceljs's own types.
declare module 'exceljs/lib/utils/parse-sax' {
  interface SaxNode {
    name: string;
    attributes: Record<string, string>;
  }
  type SaxEvent =
    { eventType: 'opentag'; value: SaxNode } | { eventType: 'text'; value: string } | { eventType: 'closetag'; value: SaxNode };
  /** Batches of SAX events over a stream of XML chunks (exceljs's saxes wrapper). */
  export default function parseSax(iterable: AsyncIterable<unknown> | NodeJS.ReadableStream): AsyncGenerator<SaxEvent[]>;
}
