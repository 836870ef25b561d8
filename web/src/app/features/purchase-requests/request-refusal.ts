import type { Problem } from '../../core/session/session.model';

/** A submission the API refused as a whole: what the editor shows in its banner until the next save. */
export interface Refusal {
  /** How far over a stop-controlled budget the request is, when the API gives the figure (fen). */
  overByFen: number | null;
  /** The API's own words, in the reader's language ("超出预算 ¥1,234.00：…"). */
  detail: string;
}

/** Paths that name the request as a whole, not a field of the editor (its month is fixed once created). */
const WHOLE_REQUEST = ['totalFen', 'lines', 'month'];

/**
 * The refusal of a submit that no field explains (a stop-controlled budget, which the API puts
 * on the request's total; a month no longer open; no lines), or null when the problem belongs
 * under fields or is no refusal at all (network, 5xx).
 */
export function refusalOf(problem: Problem): Refusal | null {
  if (problem.status < 400 || problem.status >= 500) return null;
  const errors = problem.errors ?? [];
  if (errors.some((e) => !WHOLE_REQUEST.includes(e.path))) return null;
  const over = (problem as Problem & { overByFen?: unknown }).overByFen;
  return { overByFen: typeof over === 'number' ? over : null, detail: errors[0]?.message ?? problem.detail ?? problem.title ?? '' };
}
