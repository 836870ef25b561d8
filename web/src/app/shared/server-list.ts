import { DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import type { Sort } from '@angular/material/sort';
import { type Observable, debounce, map, timer } from 'rxjs';
import { type Page, sortParam } from './list-query';
import { loadLatest } from './load-latest';

/** What a list page asks the API for: its own filters plus the paging every list shares. */
export interface Paging {
  sort: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * The state of a server-side paged, sorted and filtered table (DESIGN.md: lists are
 * `?q&sort&page&pageSize` → `{ items, total }`), kept once for every list page.
 * Typing in the search waits for a pause; picking from a list applies at once; either
 * way the table goes back to page one. A newer query cancels the one in flight, so a
 * slow answer never overwrites a fresh one. Create it in an injection context.
 */
export function serverList<T, F extends { q: string }>(opts: {
  filters: { valueChanges: Observable<unknown>; getRawValue(): F; setValue(value: F): void };
  /** How the table starts sorted; left out, it is unsorted and the API answers in its own default order. */
  sort?: Sort;
  pageSize?: number;
  load: (filter: F, paging: Paging) => Observable<Page<T>>;
  /** Return false to drop a change, e.g. after the page corrected the form (which changes it again). */
  accept?: (filter: F) => boolean;
  /** The filters that show everything; given, the list frame offers "clear filters" once a filter is set. */
  empty?: NoInfer<F>;
}) {
  const destroyRef = inject(DestroyRef);
  const initial = opts.filters.getRawValue();
  const filter = signal<F>(initial);
  const sort = signal<Sort>(opts.sort ?? { active: '', direction: '' });
  const pageIndex = signal(0);
  const pageSize = signal(opts.pageSize ?? 20);
  const reloads = signal(0);
  const rows = signal<T[]>([]);
  const total = signal(0);

  const query = computed(() => {
    reloads();
    return { filter: filter(), paging: { sort: sortParam(sort()), page: pageIndex() + 1, pageSize: pageSize() } };
  });

  opts.filters.valueChanges
    .pipe(
      map(() => opts.filters.getRawValue()),
      debounce((f) => timer(f.q.trim() !== filter().q ? 300 : 0)),
      takeUntilDestroyed(destroyRef),
    )
    .subscribe((f) => {
      if (opts.accept && !opts.accept(f)) return;
      filter.set({ ...f, q: f.q.trim() });
      pageIndex.set(0);
    });

  const { loading, failed } = loadLatest(query, (q) => opts.load(q.filter, q.paging), (page) => {
    rows.set(page.items);
    total.set(page.total);
  });

  const reload = () => reloads.update((n) => n + 1);
  const replace = <R extends T & { id: unknown }>(row: R) => rows.update((all) => all.map((r) => ((r as { id?: unknown }).id === row.id ? row : r)));

  const empty = opts.empty;
  return {
    filter: filter.asReadonly(),
    /** True while any filter differs from the form's starting values. */
    filtered: computed(() => JSON.stringify(filter()) !== JSON.stringify(initial)),
    /** Sets the form back to `empty` (only for a list given one). */
    clear: empty ? () => opts.filters.setValue(empty) : undefined,
    sort: sort.asReadonly(),
    pageIndex: pageIndex.asReadonly(),
    pageSize: pageSize.asReadonly(),
    loading,
    /** The last load failed (the user was told); the rows are those of the load before. */
    failed,
    /** Writable so a page can show a row it just saved without fetching the page again. */
    rows,
    total: total.asReadonly(),
    reload,
    /** Shows a row just saved (the one with its id) without fetching the page again. */
    replace,
    /** Shows a row as it is now, read again by `fetch`; if that fails (e.g. it is gone), the whole page is. */
    refresh: <R extends T & { id: unknown }>(fetch: Observable<R>) => fetch.subscribe({ next: (row) => replace(row), error: () => reload() }),
    onSort: (s: Sort) => {
      sort.set(s);
      pageIndex.set(0);
    },
    onPage: (e: PageEvent) => {
      pageIndex.set(e.pageIndex);
      pageSize.set(e.pageSize);
    },
  };
}

export type ServerList<T, F extends { q: string }> = ReturnType<typeof serverList<T, F>>;
