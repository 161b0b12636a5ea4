// Minimal rich text: plain text plus one whole-cell link, enough for "open source workbook" cells.
export class FakeRichTextValue {
  constructor(
    private readonly text: string,
    private readonly link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link;
  }
  copy(): FakeRichTextValueBuilder {
    return new FakeRichTextValueBuilder(this.text, this.link);
  }
}

export class FakeRichTextValueBuilder {
  constructor(
    private text = '',
    private link: string | null = null,
  ) {}
  setText(text: string): this {
    this.text = String(text);
    return this;
  }
  /** setLinkUrl(url) or setLinkUrl(start, end, url); a partial link is kept as the cell's link. */
  setLinkUrl(a: string | number | null, _end?: number, url?: string | null): this {
    this.link = typeof a === 'number' ? (url ?? null) : a;
    return this;
  }
  setTextStyle(): this {
    return this;
  }
  build(): FakeRichTextValue {
    return new FakeRichTextValue(this.text, this.link);
  }
}
