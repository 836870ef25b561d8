import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatTooltipModule } from '@angular/material/tooltip';
import { of, startWith, switchMap } from 'rxjs';
import { COMMON, type Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { SHARED_TEXT } from '../shared.text';
import { ListBody } from './list-body';

/** The words a list frame shows: the page title (none for a tab), "{total} records", the search box's label. */
export interface ListText {
  title?: Text;
  total: Text;
  searchLabel?: Text;
  /** The badge a reader who may not change the list sees where the actions would be. */
  readOnly?: Text;
}

/** What the frame reads of a list: serverList() has all of it; a page with its own state passes the same shape. */
export interface ListView {
  loading(): boolean;
  total(): number;
  pageIndex(): number;
  pageSize(): number;
  rows(): readonly unknown[];
  /** True when the last load failed; the frame then says so instead of "nothing here". */
  failed?(): boolean;
  /** True while a filter is set; with `clear`, the frame then offers "clear filters". */
  filtered?(): boolean;
  clear?(): void;
  reload(): void;
  onPage(e: PageEvent): void;
}

/**
 * The frame every list page shares: header (title, count, refresh, [listActions]), search box
 * and [listFilters] (then "clear filters" for a list that can), the page's table (projected as is, so its columns stay the page's), progress,
 * the empty, loading and error states, and the paginator. With no title it is a tab's list:
 * a slim toolbar and no card, as the price database's tabs sit inside their page.
 */
@Component({
  selector: 'app-list-frame',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTooltipModule,
    TrPipe,
    ListBody,
  ],
  templateUrl: './list-frame.html',
  styleUrl: './list-frame.scss',
  host: { '[class.page]': 'heading() !== null', '[class.tab]': 'heading() === null' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListFrame {
  readonly list = input.required<ListView>();
  /** The page's words; a list without a `title` is one tab of a page. A feature's *.text.ts usually fits as it is. */
  readonly text = input.required<ListText>();
  /** Prefix of the data-testids: `<p>-refresh`, `<p>-search`, `<p>-read-only`, `<p>-paginator`. */
  readonly testIds = input<string | null>(null);
  /** The filter form's `q`; null leaves the search box out. */
  readonly search = input<FormControl<string | null> | null>(null);
  readonly clearable = input(true);
  /** Shows text.readOnly as a badge: the API would refuse this reader's changes anyway. */
  readonly readOnly = input(false);
  readonly pageSizes = input<number[]>([10, 20, 50, 100]);
  /** What an answered, empty list says, and its test id. */
  readonly emptyText = input<Text>(COMMON.noData);
  readonly emptyId = input<string | null>(null);

  protected readonly heading = computed(() => this.text().title ?? null);
  protected readonly testId = (what: string) => {
    const prefix = this.testIds();
    return prefix ? `${prefix}-${what}` : null;
  };

  protected readonly common = COMMON;
  protected readonly shared = SHARED_TEXT;

  /** The search text as a signal: the page may clear the control (its "clear filters"), and the frame is OnPush. */
  protected readonly searchText = toSignal(
    toObservable(this.search).pipe(switchMap((c) => (c ? c.valueChanges.pipe(startWith(c.value)) : of('')))),
    { initialValue: '' },
  );

  protected clearSearch(): void {
    this.search()?.setValue('');
  }
}
