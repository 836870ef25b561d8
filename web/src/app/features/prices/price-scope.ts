import { Injectable, computed, inject, signal } from '@angular/core';
import { addMonths, BUYING_UNITS, calendarDay, monthOf, type BuyingUnit } from '@portal/domain';
import { PricesApi } from './prices.api';

/**
 * What the signed-in user may write in the price database: the buying units of
 * their purchasing_clerk grants, as the API reports them. Read-only roles get an
 * empty list and the screens hide their edit controls (the API refuses anyway).
 */
@Injectable()
export class PriceScope {
  private readonly api = inject(PricesApi);
  readonly editableUnits = signal<BuyingUnit[]>([]);
  readonly loaded = signal(false);
  readonly canEdit = computed(() => this.editableUnits().length > 0);
  /** The unit a screen starts on: the clerk's own, else the first. */
  readonly homeUnit = computed<BuyingUnit>(() => this.editableUnits()[0] ?? BUYING_UNITS[0]);

  constructor() {
    this.api.scope().subscribe({
      next: (s) => {
        this.editableUnits.set(s.editableUnits);
        this.loaded.set(true);
      },
      error: () => this.loaded.set(true),
    });
  }

  canEditUnit(unit: BuyingUnit): boolean {
    return this.editableUnits().includes(unit);
  }
}

/** This month in Beijing, as the API counts months. */
export const thisMonth = (): string => monthOf(calendarDay(new Date()));

/** This month and the `n − 1` before it, newest first, for month pickers. */
export function recentMonths(n = 24, from = thisMonth()): string[] {
  return Array.from({ length: n }, (_, i) => addMonths(from, -i));
}
