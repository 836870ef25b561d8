import { BODY_BOTTOM, BRAND, CONTENT_W, MARGIN_X, PAD, RULE, WHITE, ZEBRA, type Align, type Doc } from './pdf-style';
import { cell, font } from './pdf-text';

/** A column of a printed table: width in points, including the cell padding on both sides. */
export interface PdfColumn<K extends string = string> {
  key: K;
  title: string;
  w: number;
  align: Align;
}

/** Columns across the content width: the one column given without a width takes what the others leave. */
export function columnsAcross<K extends string>(columns: (Omit<PdfColumn<K>, 'w'> & { w?: number })[]): PdfColumn<K>[] {
  const fixed = columns.reduce((sum, c) => sum + (c.w ?? 0), 0);
  return columns.map((c) => ({ ...c, w: c.w ?? CONTENT_W - fixed }));
}

/** Size of the header row: its height, the type size and where the text sits in it. */
export interface TableHeaderStyle {
  height: number;
  size: number;
  textY: number;
}

export interface PdfTableOptions {
  header: TableHeaderStyle;
  /** starts a new page and returns the y where the body begins (below that page's running header) */
  newPage: () => number;
}

/** Height of a group band (see PdfTable.band). */
export const BAND_H = 19;

/**
 * A table across the content width whose column header repeats on every page it reaches. The
 * layout measures each row (cells may wrap) and draws its cells; the table places rows, breaks
 * pages, stripes alternate rows and rules them off.
 */
export class PdfTable<K extends string> {
  private readonly left = {} as Record<K, number>;

  constructor(
    private readonly doc: Doc,
    readonly columns: PdfColumn<K>[],
    private readonly options: PdfTableOptions,
  ) {
    let x = MARGIN_X;
    for (const c of columns) {
      this.left[c.key] = x;
      x += c.w;
    }
  }

  /** Where a column's text starts (inside the padding). */
  x(key: K): number {
    return this.left[key] + PAD;
  }

  /** The width a column's text may take (inside the padding). */
  w(key: K): number {
    return this.columns.find((c) => c.key === key)!.w - 2 * PAD;
  }

  /** Draws the column header at y; returns the y below it. */
  header(y: number): number {
    const { doc } = this;
    const { height, size, textY } = this.options.header;
    doc.rect(MARGIN_X, y, CONTENT_W, height).fill(BRAND);
    font(doc, true, size, WHITE);
    for (const c of this.columns) cell(doc, c.title, this.x(c.key), y + textY, this.w(c.key), c.align);
    return y + height;
  }

  /**
   * Where a block `h` high may start: y when it fits above the foot of the page, else the top of
   * a new page under the repeated column header (and whatever `continued` draws there, e.g. a
   * group band marked 续).
   */
  room(y: number, h: number, continued?: (y: number) => number): number {
    if (y + h <= BODY_BOTTOM) return y;
    const top = this.header(this.options.newPage());
    return continued ? continued(top) : top;
  }

  /** One body row `h` high at y: striped if odd, cells drawn by `draw`, ruled below; returns the y below it. */
  row(y: number, h: number, index: number, draw: () => void): number {
    const { doc } = this;
    if (index % 2 === 1) doc.rect(MARGIN_X, y, CONTENT_W, h).fill(ZEBRA);
    draw();
    doc.moveTo(MARGIN_X, y + h).lineTo(MARGIN_X + CONTENT_W, y + h).lineWidth(0.4).strokeColor(RULE).stroke();
    return y + h;
  }

  /** A coloured band across the table heading a group of rows, with a note at its right end; returns the y below it. */
  band(y: number, title: string, aside: string, colour: string): number {
    const { doc } = this;
    doc.rect(MARGIN_X, y, CONTENT_W, BAND_H).fill(colour);
    font(doc, true, 9.5, WHITE);
    cell(doc, title, MARGIN_X + 8, y + 4.5, CONTENT_W * 0.6);
    font(doc, false, 7.5, WHITE);
    cell(doc, aside, MARGIN_X, y + 6, CONTENT_W - 8, 'right');
    return y + BAND_H;
  }
}

/** Rows grouped by a key, in first-seen order (the caller's sort decides the order). */
export function groupRows<R>(rows: R[], key: (row: R) => string): [string, R[]][] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return [...groups.entries()];
}
