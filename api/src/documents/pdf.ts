/**
 * The PDF kit a document layout imports: the shipped fonts, the A4 page frame (footer, page
 * numbers, watermark), text cells, title and key–value blocks, tables that wrap and repeat their
 * header, totals with the amount in words, and sign/seal boxes. A new printed document (purchase
 * plan, voucher) is one layout file on top of these, like ad-documents/quote.pdf.ts.
 */
export * from './pdf-style';
export * from './pdf-text';
export * from './pdf-page';
export * from './pdf-blocks';
export * from './pdf-table';
