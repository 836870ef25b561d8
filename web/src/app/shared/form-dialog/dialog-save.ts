import { inject, signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import type { Problem } from '../../core/session/session.model';
import { isStaleVersion, showServerErrors } from '../server-errors';

export interface SaveOptions<R> {
  /** Server paths that belong under another control (a unique index's name → the field it guards). */
  aliases?: Record<string, string>;
  /** A versioned edit: a stale 409 closes the dialog with 'stale' so the page reloads and says so. */
  stale?: boolean;
  /** A problem the dialog tells its own way; true when it did. */
  onProblem?: (problem: Problem) => boolean;
  /** What to do with the saved record instead of closing with it (a dialog that stays open). */
  done?: (saved: R) => void;
}

/**
 * The save of a form dialog, written once: busy while the request runs (so a second click does
 * nothing), close with what the server returned, and on failure put the server's field errors
 * under their fields, telling the rest in a snackbar. Create it in a field initializer
 * (`protected readonly save = new DialogSave<Saved>()`): it injects the dialog's ref.
 */
export class DialogSave<R> {
  readonly busy = signal(false);
  private readonly ref = inject<MatDialogRef<unknown, R | 'stale'>>(MatDialogRef);
  private readonly notify = inject(Notify);

  /** False while a save runs, or when the form has something to fix (then every complaint shows). */
  ready(form: FormGroup): boolean {
    if (this.busy()) return false;
    if (form.invalid) {
      form.markAllAsTouched();
      return false;
    }
    return true;
  }

  run(request: Observable<R>, form: FormGroup, options: SaveOptions<R> = {}): void {
    this.busy.set(true);
    request.subscribe({
      next: (saved) => {
        if (!options.done) return this.ref.close(saved);
        this.busy.set(false);
        options.done(saved);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const problem = toProblem(err);
        if (options.stale && isStaleVersion(problem)) return this.ref.close('stale');
        if (options.onProblem?.(problem)) return;
        if (!showServerErrors(form, problem, options.aliases)) this.notify.error(err);
      },
    });
  }
}
