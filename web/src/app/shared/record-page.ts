import { type Signal, effect, inject, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import type { Observable } from 'rxjs';
import { toProblem } from '../core/http/problem';
import { I18n } from '../core/i18n/i18n';
import type { Text } from '../core/i18n/text';
import { Notify } from '../core/notify';
import { isStaleVersion } from './server-errors';

export interface RecordPageOptions<T> {
  /** The route's id (the page's input). */
  id: Signal<string>;
  get: (id: number) => Observable<T>;
  /** Read again when the reader switches language, for names and labels the API gives in it (default true). */
  byLanguage?: boolean;
  /** Where a record that cannot be read sends the reader (its list); without it the page stays, told why. */
  back?: string;
  /** Said when a write lost a race (a stale version); with it, any refused write reads the record again. */
  stale?: Text;
  /** Every record the page is given, read or answered by a write, passes through here as well. */
  shown?: (record: T) => void;
}

/**
 * The state of a page that shows one record by its route id: it reads the record when the id changes,
 * and `run` makes a write that the API answers with the record as it now is (busy meanwhile, ignored
 * while another runs; a refusal is told, or handed to `refused` first). Create it in an injection context.
 */
export function recordPage<T extends { id: number }>(o: RecordPageOptions<T>) {
  const notify = inject(Notify);
  const router = inject(Router);
  const i18n = inject(I18n);
  const record = signal<T | null>(null);
  const busy = signal(false);

  const show = (r: T) => {
    record.set(r);
    o.shown?.(r);
  };
  const load = (id: number) =>
    o.get(id).subscribe({
      next: show,
      error: (err: unknown) => {
        notify.error(err);
        if (o.back) void router.navigate([o.back]);
      },
    });
  effect(() => {
    const id = Number(o.id());
    if (o.byLanguage !== false) i18n.lang();
    untracked(() => load(id));
  });

  const run = (call: Observable<T>, done?: (updated: T) => void, refused?: (err: unknown) => boolean) => {
    const current = record();
    if (!current || busy()) return;
    busy.set(true);
    call.subscribe({
      next: (updated) => {
        busy.set(false);
        show(updated);
        done?.(updated);
      },
      error: (err: unknown) => {
        busy.set(false);
        if (o.stale && isStaleVersion(toProblem(err))) notify.ok(o.stale);
        else if (!refused?.(err)) notify.error(err);
        if (o.stale) load(current.id);
      },
    });
  };

  return { record, busy, show, run, reload: () => load(record()!.id) };
}
