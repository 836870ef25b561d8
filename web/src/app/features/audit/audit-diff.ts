/** How one field of a record differs between the audit row's `before` and `after`. */
export interface DiffLine {
  key: string;
  before: unknown;
  after: unknown;
  change: 'added' | 'removed' | 'changed' | 'same';
}

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function absent(v: unknown): boolean {
  return v === null || v === undefined;
}

/** Deep equality for JSON values (what the trail stores); key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (absent(a) && absent(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

function line(key: string, before: unknown, after: unknown): DiffLine {
  const change = sameValue(before, after) ? 'same' : absent(before) ? 'added' : absent(after) ? 'removed' : 'changed';
  return { key, before, after, change };
}

/**
 * Field by field, what a write changed. Records are compared key by key, in the
 * order of `after` then keys only `before` had; a creation (no before) is all
 * additions. Anything that is not a record (a bare value, a list) is one line
 * with an empty key.
 */
export function diffRecords(before: unknown, after: unknown): DiffLine[] {
  if (absent(before) && absent(after)) return [];
  const b = absent(before) && isPlain(after) ? {} : before;
  const a = absent(after) && isPlain(before) ? {} : after;
  if (!isPlain(b) || !isPlain(a)) return [line('', before, after)];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.map((k) => line(k, b[k], a[k]));
}

/** The fields a write left alone, as one record, for showing as plain JSON beside the changes. */
export function unchangedPart(lines: readonly DiffLine[]): Plain | null {
  const same = lines.filter((l) => l.change === 'same' && l.key !== '');
  return same.length ? Object.fromEntries(same.map((l) => [l.key, l.after ?? l.before])) : null;
}

/** A value as an auditor reads it: text as is, everything else as indented JSON. */
export function formatValue(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 2);
}
