import { DestroyRef, inject, type Signal, type WritableSignal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, of, switchMap, tap, type Observable, type OperatorFunction } from 'rxjs';
import { Notify } from '../core/notify';

/** On failure: tell the user what the server said and go on with null, so a stream of loads survives one bad answer. */
export function toldOnError<T>(notify: Notify): OperatorFunction<T, T | null> {
  return catchError((err: unknown) => {
    notify.error(err);
    return of(null);
  });
}

/**
 * Loads `load(q)` whenever `query` changes; a newer query cancels the one in flight, so a slow
 * answer never overwrites a fresh one. `loading` is true while a load runs; a failure is told
 * and arrives as null. Ends with the component. Call it in an injection context.
 */
export function loadLatest<Q, R>(query: Signal<Q>, load: (q: Q) => Observable<R>, loading: WritableSignal<boolean>): Observable<R | null> {
  const notify = inject(Notify);
  return toObservable(query).pipe(
    tap(() => loading.set(true)),
    switchMap((q) => load(q).pipe(toldOnError(notify))),
    tap(() => loading.set(false)),
    takeUntilDestroyed(inject(DestroyRef)),
  );
}
