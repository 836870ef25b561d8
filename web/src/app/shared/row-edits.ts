import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import type { Text } from '../core/i18n/text';
import { toProblem } from '../core/http/problem';
import { Notify } from '../core/notify';
import { type ConfirmData, ConfirmDialog } from './confirm-dialog';
import { isStaleVersion } from './server-errors';

/** Where a page shows its rows: a server list (serverList) or a page's own table. */
export interface EditedRows<T> {
  /** Read the rows again, e.g. after a create (the new row may sort anywhere). */
  reload(): void;
  /** Show a row the server just saved, in place. */
  replace(row: T): void;
  /** Show a row as it is now, read again by `fetched` (serverList has it). */
  refresh?(fetched: Observable<T>): unknown;
}

/** The words of switching a row on or off: the question to ask first (if any) and what to say when done. */
export interface SwitchWords {
  ask?: Pick<ConfirmData, 'title' | 'message' | 'confirm'>;
  done: Text;
}

/** What a create or edit dialog closes with: the saved row, 'stale' when someone else saved first, nothing when cancelled. */
export type DialogOutcome<T> = T | 'stale' | undefined;

/**
 * The edits a list of versioned records makes, written once: after a create dialog, say so and
 * read the list again; after an edit dialog, show the saved row in place; a change made from the
 * row itself (activate, deactivate) asks first when it should; and when someone else changed the
 * row first (a stale version), say so and show the row as it is now rather than the one on screen.
 * Create it in an injection context, after the list it edits.
 */
export function rowEdits<T>(opts: {
  rows: EditedRows<T>;
  /** The placeholders of this page's messages about a row ({code}, {name}…). */
  params: (row: T) => Record<string, unknown>;
  /** Told when an edit came too late. */
  staleText: Text;
  /** Reads one row again after a stale edit; without it (or a list that can refresh a row) the list is read again. */
  fetch?: (row: T) => Observable<T>;
}) {
  const dialog = inject(MatDialog);
  const notify = inject(Notify);

  const stale = (row: T): void => {
    notify.ok(opts.staleText, opts.params(row));
    if (opts.fetch && opts.rows.refresh) opts.rows.refresh(opts.fetch(row));
    else opts.rows.reload();
  };
  const saved = (row: T, said: Text): void => {
    opts.rows.replace(row);
    notify.ok(said, opts.params(row));
  };

  /** Sends a change of `before` made from the list; the server's refusals are told in its own words. */
  const save = (before: T, request: Observable<T>, said: Text): void => {
    request.subscribe({
      next: (row) => saved(row, said),
      error: (err: unknown) => (isStaleVersion(toProblem(err)) ? stale(before) : notify.error(err)),
    });
  };

  return {
    dialog,
    save,
    /** After a create dialog: tell it, then `then` (by default: read the list again). */
    created(closed: Observable<DialogOutcome<T>>, said: Text, then: (row: T) => void = () => opts.rows.reload()): void {
      closed.subscribe((row) => {
        if (!row || row === 'stale') return;
        notify.ok(said, opts.params(row));
        then(row);
      });
    },

    /** After an edit dialog on `before`: the saved row in place, or the row as it is now when the edit came too late. */
    edited(before: T, closed: Observable<DialogOutcome<T>>, said: Text): void {
      closed.subscribe((row) => {
        if (row === 'stale') return stale(before);
        if (row) saved(row, said);
      });
    },

    /**
     * Activates or deactivates a row from the list: asks first when the words for it have a
     * question (deactivating usually does), then saves.
     */
    setActive(before: T, active: boolean, request: () => Observable<T>, words: { on: SwitchWords; off: SwitchWords }): void {
      const w = active ? words.on : words.off;
      const go = () => save(before, request(), w.done);
      if (!w.ask) return void go();
      ConfirmDialog.ask(dialog, { ...w.ask, params: opts.params(before), danger: !active }).subscribe((ok) => ok && go());
    },
  };
}
