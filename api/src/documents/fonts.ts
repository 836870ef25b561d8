import { readFileSync } from 'node:fs';
import path from 'node:path';
import type PDFDocument from 'pdfkit';

/**
 * The CJK fonts the project ships (api/assets/fonts, see its README): never a system font, so a
 * quote prints the same on every server. Read once per process.
 */
export const FONT_DIR = path.resolve(import.meta.dirname, '../../assets/fonts');
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
type EmbeddedFontClass = new (doc: Doc, fontkitFont: unknown, id: string) => { name: string; layoutCache?: Record<string, unknown> };
interface FontkitFont {
  glyphForCodePoint(codePoint: number): unknown;
}

/**
 * Parsed fonts shared by every document of the process. pdfkit parses a registered font anew for
 * each document (fontkit tables, metrics, CFF index): for a CJK font that was the largest cost of
 * a small PDF. The parsed font is read-only apart from glyph caches; each document still gets its
 * own EmbeddedFont and so its own glyph subset. If pdfkit's internals ever change shape, this
 * silently falls back to the public registerFont() path.
 */
let shared: { EmbeddedFont: EmbeddedFontClass; fonts: Record<string, unknown>; layouts: Record<string, Record<string, unknown>> } | null = null;
let documentsSinceTrim = 0;
/** Bounds on the shared caches (distinct strings laid out; distinct characters looked up). */
const LAYOUT_CACHE_MAX = 20_000;
const GLYPH_CACHE_MAX = 30_000;

/**
 * fontkit looks every character up in the cmap through lazily decoded tables, which was a tenth of
 * a quote's render time; the answer never changes for a font, so it is remembered.
 */
function memoiseGlyphLookup(font: FontkitFont): void {
  const lookup = font.glyphForCodePoint.bind(font);
  const memo = new Map<number, unknown>();
  font.glyphForCodePoint = (codePoint: number) => {
    let glyph = memo.get(codePoint);
    if (glyph === undefined) {
      glyph = lookup(codePoint);
      if (memo.size < GLYPH_CACHE_MAX) memo.set(codePoint, glyph);
    }
    return glyph;
  };
}

/** Makes FONT_REGULAR and FONT_BOLD usable in doc.font(), then selects FONT_REGULAR. */
export function useDocumentFonts(doc: Doc): void {
  const all = fontBytes();
  for (const [name, buf] of Object.entries(all)) doc.registerFont(name, buf);
  const internals = doc as unknown as PdfkitFontInternals;
  if (shared && internals._fontFamilies && typeof internals._fontCount === 'number') {
    // Laid-out strings (glyphs and advances, already scaled) are the same in every document, so
    // the documents share one cache per font; it is emptied now and then so it cannot grow forever.
    if (++documentsSinceTrim >= 50) {
      documentsSinceTrim = 0;
      for (const name of Object.keys(shared.layouts)) {
        if (Object.keys(shared.layouts[name]).length > LAYOUT_CACHE_MAX) shared.layouts[name] = Object.create(null);
      }
    }
    for (const name of Object.keys(all)) {
      const id = `F${++internals._fontCount}`;
      const embedded = new shared.EmbeddedFont(doc, shared.fonts[name], id);
      if (embedded.layoutCache) embedded.layoutCache = shared.layouts[name];
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
  if (EmbeddedFont && Object.keys(fonts).length === Object.keys(all).length) {
    const layouts: Record<string, Record<string, unknown>> = {};
    for (const [name, font] of Object.entries(fonts)) {
      if (typeof (font as FontkitFont).glyphForCodePoint === 'function') memoiseGlyphLookup(font as FontkitFont);
      layouts[name] = Object.create(null);
    }
    shared = { EmbeddedFont, fonts, layouts };
  }
  doc.font(FONT_REGULAR);
}
