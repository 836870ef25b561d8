import type { AbstractControl, FormGroup } from '@angular/forms';
import { PROBLEM_TYPES } from '@portal/domain';
import { isProblemType } from '../core/http/problem';
import type { Problem } from '../core/session/session.model';

/**
 * Puts each of the server's field errors (problem+json `errors[]`, already in
 * the user's language) on the form control it names, as the `server` error, so
 * it shows in that field's <mat-error>. The next edit of the field re-runs its
 * validators and clears it. `aliases` maps a server path onto another control
 * (e.g. a unit's `parentId` complaint belongs under its kind).
 *
 * Returns true if every field error found a control; false means the caller
 * should show the problem some other way (Notify.error).
 */
export function showServerErrors(form: FormGroup, problem: Problem, aliases: Record<string, string> = {}): boolean {
  const errors = problem.errors ?? [];
  let unclaimed = errors.length === 0;
  for (const { path, message } of errors) {
    const control: AbstractControl | null = form.get(aliases[path] ?? path);
    if (!control) {
      unclaimed = true;
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: message });
    control.markAsTouched();
  }
  return !unclaimed;
}

/** The server's message on a control, for `<mat-error>`. */
export function serverError(control: AbstractControl): string | null {
  return (control.getError('server') as string | undefined) ?? null;
}

/**
 * A versioned write refused because the record changed since it was read. The API
 * gives it its own problem type: other 409s (a duplicate, a slot taken, the last
 * admin) are answered where they happen, not by reloading.
 */
export function isStaleVersion(problem: Problem): boolean {
  return isProblemType(problem, PROBLEM_TYPES.staleVersion);
}
