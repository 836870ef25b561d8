import { HttpErrorResponse } from '@angular/common/http';
import type { Problem } from '../session/session.model';

/** Every failed request as a problem: the API's own, or one made up for network failures. */
export function toProblem(err: unknown): Problem {
  if (err instanceof HttpErrorResponse) {
    const body = err.error;
    if (body && typeof body === 'object' && typeof body.status === 'number') return body as Problem;
    return { status: err.status, detail: undefined };
  }
  return { status: 0 };
}

/** Field errors keyed by path, for showing under the form control they belong to. */
export function fieldErrors(problem: Problem | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) out[e.path] ??= e.message;
  return out;
}

/** Whether the problem is of the given type (PROBLEM_TYPES in domain/), whatever base URL the API puts before it. */
export function isProblemType(problem: Problem, type: string): boolean {
  return problem.type?.endsWith('/' + type) ?? false;
}
