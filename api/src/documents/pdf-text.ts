import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { INK, type Align, type Doc } from './pdf-style';

/** Selects the shipped font, regular or bold, at a size and colour; every text call goes through it. */
export function font(doc: Doc, bold: boolean, size: number, color = INK): Doc {
  return doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(size).fillColor(color);
}

/** One line of text in a box, aligned, shortened with '…' if it does not fit (never wraps). */
export function cell(doc: Doc, text: string, x: number, y: number, w: number, align: Align = 'left'): void {
  let s = text;
  let width = doc.widthOfString(s);
  if (width > w) {
    while (s.length > 1 && doc.widthOfString(`${s}…`) > w) s = s.slice(0, -1);
    s = `${s}…`;
    width = doc.widthOfString(s);
  }
  const dx = align === 'right' ? w - width : align === 'center' ? (w - width) / 2 : 0;
  doc.text(s, x + dx, y, { lineBreak: false });
}

/** Like cell(), first shrinking the type from `size` down to `min` points if the text is too wide. */
export function fitCell(doc: Doc, text: string, x: number, y: number, w: number, align: Align, bold: boolean, size: number, color: string, min = size - 2.5): void {
  font(doc, bold, size, color);
  let s = size;
  while (s > min && doc.widthOfString(text) > w) font(doc, bold, (s -= 0.5), color);
  cell(doc, text, x, y + (size - s) / 2, w, align);
}

/** Wrapped text in a column; returns its height. */
export function para(doc: Doc, text: string, x: number, y: number, w: number, options: PDFKit.Mixins.TextOptions = {}): number {
  const h = doc.heightOfString(text, { width: w, ...options });
  doc.text(text, x, y, { width: w, ...options });
  return h;
}

/**
 * The CJK font draws ‘ ’ “ ” full-width (the Chinese convention), which gaps English words
 * ("quoter’ s"); an English document prints them as ASCII quotes instead. Returns the view as
 * it is to print: a Chinese one unchanged, an English one copied with every string so mended.
 */
export function forPrint<T extends { lang: 'zh' | 'en' }>(view: T): T {
  if (view.lang !== 'en') return view;
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]));
    return v;
  };
  return fix(view) as T;
}
