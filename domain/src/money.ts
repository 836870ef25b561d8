/**
 * Money is integer fen (分) end to end (DESIGN.md). These helpers are the only
 * place yuan strings become fen and back, so rounding is decided once.
 */

/** Parses '1,234.5', '¥12', '0.07' into fen exactly (no floating point); null if not money. */
export function parseYuan(text: string): number | null {
  const s = text.trim().replace(/^[¥￥]\s*/, '').replace(/,/g, '');
  const m = /^(-)?(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(fen)) return null;
  return m[1] ? -fen : fen;
}

/** 123456 → '1,234.56' (no currency sign; the screen or the PDF adds ¥). */
export function formatFen(fen: number): string {
  const neg = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** 123456 → '¥1,234.56', -5 → '-¥0.05': money as a message or a notice says it. */
export function formatYuan(fen: number): string {
  return fen < 0 ? `-¥${formatFen(-fen)}` : `¥${formatFen(fen)}`;
}

/** value × bp / 10000, rounded half away from zero to the fen; exact for any safe integer. */
export function applyBasisPoints(fen: number, bp: number): number {
  const product = BigInt(fen) * BigInt(bp);
  const q = product / 10000n;
  const r = product % 10000n;
  const abs = r < 0n ? -r : r;
  const rounded = abs * 2n >= 10000n ? q + (product < 0n ? -1n : 1n) : q;
  return Number(rounded);
}
