import { DestroyRef, Directive, OnInit, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatSort, type Sort } from '@angular/material/sort';

/** The part of a list that sorting needs: serverList() has it. */
export interface SortedList {
  sort(): Sort;
  loading(): boolean;
  onSort(sort: Sort): void;
}

/**
 * `<table mat-table matSort [listSort]="list">`: the table starts sorted as the list is, a click
 * on a header sorts the list (from page one), a sorted column never goes back to unsorted (the
 * API always sorts by something), and the table says it is busy while a page loads.
 */
@Directive({
  selector: '[matSort][listSort]',
  host: { '[attr.aria-busy]': 'listSort().loading()' },
})
export class ListSort implements OnInit {
  readonly listSort = input.required<SortedList>();
  private readonly matSort = inject(MatSort);
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    const { active, direction } = this.listSort().sort();
    this.matSort.active = active;
    this.matSort.direction = direction;
    this.matSort.disableClear = true;
    this.matSort.sortChange.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((s) => this.listSort().onSort(s));
  }
}
