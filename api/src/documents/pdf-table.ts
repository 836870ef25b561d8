import { BODY_BOTTOM, BRAND, CONTENT_W, MARGIN_X, PAD, RULE, WHITE, ZEBRA, type Align, type Doc } from './pdf-style';
import { cell, font, para } from './pdf-text';

/** A column of a printed table: width in points, including the cell padding on both sides. */
export interface PdfColumn<K extends string = string> {
  key: K;
  title: string;
  w: number;
  align: Align;
}

/** A column as a layout declares it: the one column without a width takes what the others leave. */
export type PdfColumnSpec<K extends string = string> = Omit<PdfColumn<K>, 'w'> & { w?: number };

/** Columns across the content width: the one column given without a width takes what the others leave. */
export function columnsAcross<K extends string>(columns: PdfColumnSpec<K>[]): PdfColumn<K>[] {
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
  readonly columns: PdfColumn<K>[];

  constructor(
    private readonly doc: Doc,
    columns: PdfColumnSpec<K>[],
    private readonly options: PdfTableOptions,
  ) {
    this.columns = columnsAcross(columns);
    let x = MARGIN_X;
    for (const c of this.columns) {
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
    return this.column(key).w - 2 * PAD;
  }

  private column(key: K): PdfColumn<K> {
    return this.columns.find((c) => c.key === key)!;
  }

  /** One line of text in a column at y, aligned as the column is (in the current font). */
  cell(key: K, text: string, y: number): void {
    cell(this.doc, text, this.x(key), y, this.w(key), this.column(key).align);
  }

  /** Text that wraps within a column at y (in the current font); returns its height. */
  para(key: K, text: string, y: number): number {
    return para(this.doc, text, this.x(key), y, this.w(key));
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

  /**
   * The body rows from y: each `height(row)` high, drawn by `draw` with the y of its text (inside the
   * padding), moved whole to a new page when it does not fit (see `room`). Returns the y below the last.
   */
  rows<R>(y: number, rows: readonly R[], height: (row: R) => number, draw: (row: R, index: number, top: number) => void, continued?: (y: number) => number): number {
    rows.forEach((r, i) => {
      const h = height(r);
      const top = this.room(y, h, continued);
      y = this.row(top, h, i, () => draw(r, i, top + PAD));
    });
    return y;
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
