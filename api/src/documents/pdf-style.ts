import type PDFDocument from 'pdfkit';

/** The look every printed document shares: A4 geometry and the house palette, in one place. */

export type Doc = InstanceType<typeof PDFDocument>;
export type Align = 'left' | 'right' | 'center';

// A4 in points; every layout figure is in points (1 mm ≈ 2.835 pt).
export const PAGE_W = 595.28;
export const PAGE_H = 841.89;
export const MARGIN_X = 42;
export const TOP = 40;
export const CONTENT_W = PAGE_W - 2 * MARGIN_X;
/** Lowest y the body may reach; the footer lives below it. */
export const BODY_BOTTOM = PAGE_H - 56;
/** Inner padding of table cells and boxes. */
export const PAD = 5;

export const INK = '#1f2329';
export const MUTED = '#646a73';
export const RULE = '#d5dbe3';
export const BRAND = '#1f4e79';
export const BRAND_LIGHT = '#e8eff7';
export const ZEBRA = '#f6f8fb';
export const ACCENT = '#c0392b';
export const WHITE = '#ffffff';
