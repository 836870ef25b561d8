import type { Problem } from '../../core/session/session.model';

/** A submission the API refused as a whole (not a field): what the editor shows in its banner. */
export interface Refusal {
  /** How far over a stop-controlled budget the request is, when the API says (fen). */
  overByFen: number | null;
  /** The API's own words, in the reader's language ("超出预算 ¥1,234.00"). */
  detail: string;
}

/**
 * The refusal of a submit that no field explains (a stop-controlled budget, a month no longer
 * open), or null when the problem belongs under fields or is not a refusal at all (network,
 * 5xx, stale version). The API names the amount over a stopping budget in `overByFen`.
 */
export function refusalOf(problem: Problem): Refusal | null {
  if (problem.status < 400 || problem.status >= 500 || problem.errors?.length) return null;
  const over = (problem as Problem & { overByFen?: unknown }).overByFen;
  return { overByFen: typeof over === 'number' ? over : null, detail: problem.detail ?? problem.title ?? '' };
}
