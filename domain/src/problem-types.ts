/**
 * Problem types (RFC 9457 `type`, after the API's base URL) that a client acts on
 * by type rather than by status: one declaration for the API that sends them and
 * the web that tells them apart.
 */
export const PROBLEM_TYPES = {
  /** A versioned write refused because the record changed since it was read: reload it. */
  staleVersion: 'stale-version',
} as const;
