/**
 * Refusals the database itself makes (a trigger or constraint guarding a rule the code also
 * checks), turned into clear problems instead of a generic 400 or a 500. A module registers,
 * per constraint name, the status and its message key; problem.ts consults this list before
 * its generic mapping. Triggers name their rule with `raise … using constraint = '…'`.
 *
 *   registerDatabaseProblems({ journal_period_open: { status: 409, key: 'journal.periodNotOpen' } });
 */
export interface DatabaseProblem {
  status: number;
  /** A message key (messages.ts), in both languages. */
  key: string;
  /** The request field it concerns, if any, for the form to point at. */
  path?: string;
}

const byConstraint = new Map<string, DatabaseProblem>();

export function registerDatabaseProblems(problems: Record<string, DatabaseProblem>): void {
  for (const [constraint, problem] of Object.entries(problems)) byConstraint.set(constraint, problem);
}

export function databaseProblem(constraint: string | undefined): DatabaseProblem | undefined {
  return constraint ? byConstraint.get(constraint) : undefined;
}
