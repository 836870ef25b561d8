import { ChangeDetectorRef, inject, type Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { merge, switchMap } from 'rxjs';

/**
 * For an OnPush component handed form controls as inputs: a server's field error or a touched
 * field changes no value and so no input, and the view would not look again. This marks it for
 * check on every event of the controls it holds now. Call it in an injection context.
 */
export function redrawOnControlEvents(controls: Signal<readonly AbstractControl[]>): void {
  const cdr = inject(ChangeDetectorRef);
  toObservable(controls)
    .pipe(
      switchMap((list) => merge(...list.map((c) => c.events))),
      takeUntilDestroyed(),
    )
    .subscribe(() => cdr.markForCheck());
}
