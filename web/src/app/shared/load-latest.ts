import { DestroyRef, type Signal, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { type Observable, type OperatorFunction, catchError, of, switchMap, tap } from 'rxjs';
import { Notify } from '../core/notify';

/**
 * Loads what `query` asks for each time it changes and hands the answer to `show`. A newer
 * query cancels the one in flight, so a slow answer never overwrites a fresh one; a failure
 * is told to the user and leaves what is shown as it was. Create it in an injection context.
 */
export function loadLatest<Q, R>(query: Signal<Q>, load: (q: Q) => Observable<R>, show: (result: R) => void) {
  const notify = inject(Notify);
  const loading = signal(false);
  const failed = signal(false);
  toObservable(query)
    .pipe(
      tap(() => loading.set(true)),
      switchMap((q) =>
        load(q).pipe(
          catchError((err: unknown) => {
            notify.error(err);
            failed.set(true);
            return of(null);
          }),
        ),
      ),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((result) => {
      loading.set(false);
      if (result === null) return;
      failed.set(false);
      show(result);
    });
  return { loading: loading.asReadonly(), failed: failed.asReadonly() };
}

/**
 * Loads what `load` reads now and again on every `reload()`: a page whose data has no query of its
 * own (a tree, a short list), with loadLatest's loading flag, told failures and stale-answer guard.
 */
export function reloadable<R>(load: () => Observable<R>, show: (result: R) => void) {
  const reloads = signal(0);
  const state = loadLatest(reloads, () => load(), show);
  return { ...state, reload: () => reloads.update((n) => n + 1) };
}

/** On failure: tell the user what the server said and go on with null, so a stream of loads survives one bad answer. */
export function toldOnError<T>(notify: Notify): OperatorFunction<T, T | null> {
  return catchError((err: unknown) => {
    notify.error(err);
    return of(null);
  });
}
