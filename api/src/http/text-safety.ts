/**
 * Characters refused in any string the API is given, with the message key that
 * says why. NUL: PostgreSQL text cannot store it (22021). A lone UTF-16
 * surrogate: PostgreSQL would silently store U+FFFD, so what was saved is not
 * what was sent. Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C): they reorder the text around them, so a name printed on a
 * quote or contract could read differently from what was typed ("Trojan
 * Source"); no business text here needs them.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag: code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unsafeTextKey(s: string): string | null {
  if (s.includes('\u0000')) return 'problem.nulChar';
  if (LONE_SURROGATE.test(s)) return 'problem.loneSurrogate';
  if (BIDI.test(s)) return 'problem.bidiControl';
  return null;
}

/** Where the input (keys included) holds a refused character, with the reason for each. */
export function unsafeTextPaths(
  input: unknown,
  path: string[] = [],
  out: { path: string; key: string }[] = [],
  depth = 0,
): { path: string; key: string }[] {
  if (typeof input === 'string') {
    const key = unsafeTextKey(input);
    if (key) out.push({ path: path.join('.'), key });
  } else if (input && typeof input === 'object' && depth < 20 && out.length < 20) {
    for (const [k, v] of Object.entries(input)) {
      const key = unsafeTextKey(k);
      if (key) out.push({ path: [...path, k].join('.'), key });
      unsafeTextPaths(v, [...path, k], out, depth + 1);
    }
  }
  return out;
}
