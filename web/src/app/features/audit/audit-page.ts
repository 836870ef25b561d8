import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder } from '@angular/forms';
import { MatChipsModule } from '@angular/material/chips';
import { MatDatepickerModule } from '@angular/material/datepicker';
import type { PageEvent } from '@angular/material/paginator';
import type { Sort } from '@angular/material/sort';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { debounce, map, timer } from 'rxjs';
import { provideAppDateAdapter } from '../../core/i18n/app-date-adapter';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { selectSections } from '../../core/session/session.reducer';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import type { ListView } from '../../shared/list-frame/list-frame';
import type { SortedList } from '../../shared/list-frame/list-sort';
import { loadLatest, reloadable } from '../../shared/load-latest';
import { AuditDetail } from './audit-detail';
import { auditRecord, type AuditRecord } from './audit-record';
import { AuditApi, toDay, type AuditEntry, type AuditFacets, type AuditQuery } from './audit.api';
import { ACTION_LABELS, AUDIT_TEXT, ENTITY_LABELS, labelOf } from './audit.text';

interface Filter {
  q: string;
  entity: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
}

const NO_FILTER: Filter = { q: '', entity: null, action: null, from: null, to: null };

/** Who did what, when: the trail of every write, for administrators and auditors, read-only. */
@Component({
  selector: 'app-audit-page',
  imports: [LIST_PAGE_IMPORTS, AppDatePipe, RouterLink, MatDatepickerModule, MatChipsModule, AuditDetail],
  providers: [provideAppDateAdapter()],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  protected readonly text = AUDIT_TEXT;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly entityLabels = ENTITY_LABELS;
  protected readonly labelOf = labelOf;
  protected readonly columns = ['expand', 'at', 'actor', 'action', 'entity'];
  protected readonly pageSizes = [20, 50, 100, 200];

  protected readonly filters = inject(FormBuilder).group({
    q: [''],
    entity: [null as string | null],
    action: [null as string | null],
    from: [null as Date | null],
    to: [null as Date | null],
  });
  private readonly filter = signal<Filter>(NO_FILTER);
  protected readonly actor = signal<{ id: number; name: string } | null>(null);
  protected readonly filtered = computed(() => JSON.stringify(this.filter()) !== JSON.stringify(NO_FILTER) || this.actor() !== null);
  protected readonly sort = signal<Sort>({ active: 'at', direction: 'desc' });
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(50);
  private readonly reloads = signal(0);

  protected readonly rows = signal<AuditEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly facets = signal<AuditFacets>({ entities: [], actions: [] });
  protected readonly entityOptions = computed(() => this.facets().entities.map((e) => ({ value: e, label: labelOf(ENTITY_LABELS, e) })));
  protected readonly actionOptions = computed(() => this.facets().actions.map((a) => ({ value: a, label: labelOf(ACTION_LABELS, a) })));
  private readonly expanded = signal<ReadonlySet<number>>(new Set());
  private readonly sections = inject(Store).selectSignal(selectSections);
  /** Each row's record by number or name, linked where the reader may open it. */
  private readonly records = computed(() => {
    const open = new Set(this.sections().map((s) => s.key));
    return new Map<number, AuditRecord>(this.rows().map((e) => [e.id, auditRecord(e, open)]));
  });

  private readonly query = computed<AuditQuery>(() => {
    this.reloads();
    return {
      ...this.filter(),
      actorId: this.actor()?.id ?? null,
      sort: this.sort().direction === 'asc' ? 'at' : '-at',
      page: this.pageIndex() + 1,
      pageSize: this.pageSize(),
    };
  });
  private readonly loader = loadLatest(this.query, (q) => this.api.list(q), (page) => {
    this.rows.set(page.items);
    this.total.set(page.total);
    this.expanded.set(new Set());
  });
  protected readonly loading = this.loader.loading;
  /** The list frame's view of this page's own list state (the actor filter keeps it off serverList()). */
  protected readonly view: ListView & SortedList = {
    loading: this.loading,
    failed: this.loader.failed,
    total: this.total,
    pageIndex: this.pageIndex,
    pageSize: this.pageSize,
    rows: this.rows,
    sort: this.sort,
    reload: () => this.reload(),
    onSort: (s) => this.onSort(s),
    onPage: (e) => this.onPage(e),
  };

  constructor() {
    reloadable(() => this.api.facets(), (f) => this.facets.set(f));

    this.filters.valueChanges
      .pipe(
        map(() => this.filters.getRawValue()),
        debounce((f) => timer((f.q ?? '').trim() !== this.filter().q ? 300 : 0)),
        takeUntilDestroyed(),
      )
      .subscribe((f) => {
        // Half a range (the end not picked yet) still filters; an unparsable date does not.
        this.filter.set({ q: (f.q ?? '').trim(), entity: f.entity, action: f.action, from: toDay(f.from), to: toDay(f.to) });
        this.pageIndex.set(0);
      });
  }

  protected readonly trackById = (_: number, e: AuditEntry) => e.id;

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected clearFilters(): void {
    this.actor.set(null);
    this.filters.reset({ q: '', entity: null, action: null, from: null, to: null });
  }

  protected onlyActor(e: AuditEntry): void {
    if (e.actorId === null) return;
    this.actor.set({ id: e.actorId, name: e.actorName ?? String(e.actorId) });
    this.pageIndex.set(0);
  }

  protected clearActor(): void {
    this.actor.set(null);
    this.pageIndex.set(0);
  }

  protected onSort(sort: Sort): void {
    this.sort.set(sort);
    this.pageIndex.set(0);
  }

  protected onPage(e: PageEvent): void {
    this.pageIndex.set(e.pageIndex);
    this.pageSize.set(e.pageSize);
  }

  protected recordOf(e: AuditEntry): AuditRecord {
    return this.records().get(e.id) ?? auditRecord(e, new Set());
  }

  protected isExpanded(e: AuditEntry): boolean {
    return this.expanded().has(e.id);
  }

  protected toggle(e: AuditEntry): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      if (!next.delete(e.id)) next.add(e.id);
      return next;
    });
  }
}
