import { readFileSync } from 'node:fs';
import path from 'node:path';
import type PDFDocument from 'pdfkit';

/**
 * The CJK fonts the project ships (api/assets/fonts, see its README): never a system font, so a
 * quote prints the same on every server. Read once per process.
 */
export const FONT_DIR = path.resolve(import.meta.dirname, '../../../assets/fonts');
export const FONT_REGULAR = 'PortalSansSC-Regular';
export const FONT_BOLD = 'PortalSansSC-Bold';

let bytes: Record<string, Buffer> | null = null;

export function fontBytes(): Record<string, Buffer> {
  bytes ??= {
    [FONT_REGULAR]: readFileSync(path.join(FONT_DIR, `${FONT_REGULAR}.otf`)),
    [FONT_BOLD]: readFileSync(path.join(FONT_DIR, `${FONT_BOLD}.otf`)),
  };
  return bytes;
}

type Doc = InstanceType<typeof PDFDocument>;

/** pdfkit's internals this module leans on (pdfkit 0.17); checked before use. */
interface PdfkitFontInternals {
  _fontFamilies?: Record<string, unknown>;
  _fontCount?: number;
  _font?: { constructor: EmbeddedFontClass; font: unknown; name: string };
}
type EmbeddedFontClass = new (doc: Doc, fontkitFont: unknown, id: string) => { name: string };

/**
 * Parsed fonts shared by every document of the process. pdfkit parses a registered font anew for
 * each document (fontkit tables, metrics, CFF index): for a CJK font that was the largest cost of
 * a small PDF. The parsed font is read-only apart from glyph caches; each document still gets its
 * own EmbeddedFont and so its own glyph subset. If pdfkit's internals ever change shape, this
 * silently falls back to the public registerFont() path.
 */
let shared: { EmbeddedFont: EmbeddedFontClass; fonts: Record<string, unknown> } | null = null;

/** Makes FONT_REGULAR and FONT_BOLD usable in doc.font(), then selects FONT_REGULAR. */
export function useDocumentFonts(doc: Doc): void {
  const all = fontBytes();
  for (const [name, buf] of Object.entries(all)) doc.registerFont(name, buf);
  const internals = doc as unknown as PdfkitFontInternals;
  if (shared && internals._fontFamilies && typeof internals._fontCount === 'number') {
    for (const name of Object.keys(all)) {
      const id = `F${++internals._fontCount}`;
      const embedded = new shared.EmbeddedFont(doc, shared.fonts[name], id);
      internals._fontFamilies[name] = embedded;
      internals._fontFamilies[embedded.name] = embedded;
    }
    doc.font(FONT_REGULAR);
    return;
  }
  const fonts: Record<string, unknown> = {};
  let EmbeddedFont: EmbeddedFontClass | undefined;
  for (const name of Object.keys(all)) {
    doc.font(name);
    const current = internals._font;
    if (current && current.font && typeof current.constructor === 'function') {
      fonts[name] = current.font;
      EmbeddedFont = current.constructor;
    }
  }
  if (EmbeddedFont && Object.keys(fonts).length === Object.keys(all).length) shared = { EmbeddedFont, fonts };
  doc.font(FONT_REGULAR);
}
