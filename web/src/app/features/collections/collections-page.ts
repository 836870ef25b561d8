import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { Store } from '@ngrx/store';
import { COLLECTION_METHOD_LABELS, formatFen, REVENUE_WRITER_ROLES } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { Notify } from '../../core/notify';
import { selectHoldsAny } from '../../core/session/holds-role';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { CollectionDialog } from './collection-dialog';
import { CollectionsApi, type AdCollection, type AdCollectionList } from './collections.api';
import { COLLECTIONS_TEXT } from './collections.text';
import { ReverseDialog } from './reverse-dialog';

type Row = AdCollectionList['items'][number];

interface Filter {
  q: string;
  state: 'effective' | 'reversed' | null;
}

/** 收款: the collections the reader may see; finance records new ones and reverses mistakes here. */
@Component({
  selector: 'app-collections-page',
  imports: [LIST_PAGE_IMPORTS, MatMenuModule, AppDatePipe, FenPipe],
  templateUrl: './collections-page.html',
  styleUrl: './collections-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionsPage {
  private readonly api = inject(CollectionsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  protected readonly text = COLLECTIONS_TEXT;
  protected readonly methods = COLLECTION_METHOD_LABELS;
  protected readonly stateOptions = filterOptions(['effective', 'reversed'] as const, { effective: COLLECTIONS_TEXT.effective, reversed: COLLECTIONS_TEXT.reversed });

  protected readonly canWrite = inject(Store).selectSignal(selectHoldsAny(REVENUE_WRITER_ROLES));
  protected readonly columns = computed(() => ['number', 'receivedOn', 'customer', 'unit', 'amount', 'advance', 'method', 'entry', ...(this.canWrite() ? ['actions'] : [])]);

  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', state: null });
  protected readonly list = serverList<Row, Filter>({
    filters: this.filters,
    sort: { active: 'receivedOn', direction: 'desc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ q: f.q, reversed: f.state === null ? null : f.state === 'reversed', ...paging }),
  });

  protected readonly trackById = (_: number, r: Row) => r.id;

  protected create(): void {
    CollectionDialog.open(this.dialog).subscribe((c) => this.recorded(c));
  }

  protected reverse(row: Row): void {
    ReverseDialog.open(this.dialog, row).subscribe((c) => {
      if (!c) return;
      this.notify.ok(COLLECTIONS_TEXT.reversedOk, { number: c.number, entry: c.reversal?.entryNumber ?? '' });
      this.list.reload();
    });
  }

  private recorded(c: AdCollection | undefined): void {
    if (!c) return;
    if (c.advanceFen > 0) this.notify.ok(COLLECTIONS_TEXT.recordedAdvance, { number: c.number, advance: formatFen(c.advanceFen) });
    else this.notify.ok(COLLECTIONS_TEXT.recordedOk, { number: c.number, entry: c.entry.number });
    this.list.reload();
  }
}
