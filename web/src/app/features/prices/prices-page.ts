import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { TabbedPage } from '../../shared/tabbed-page';
import { PriceScope } from './price-scope';
import { PRICES_TEXT } from './prices.text';

/** The supplier price database: tabs over the matrix, items, suppliers, entry, import and history. */
@Component({
  selector: 'app-prices-page',
  imports: [TabbedPage, MatIconModule, TrPipe],
  template: `
    <app-tabbed-page [title]="text.title" [tabs]="tabs()" testId="prices">
      @if (scope.loaded() && !scope.canEdit()) {
        <span class="read-only" data-testid="prices-read-only"><mat-icon>visibility</mat-icon>{{ text.readOnly | tr }}</span>
      }
    </app-tabbed-page>
  `,
  styles: `
    .read-only { display: inline-flex; align-items: center; gap: 4px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .read-only mat-icon { font-size: 18px; width: 18px; height: 18px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PricesPage {
  protected readonly scope = inject(PriceScope);
  protected readonly text = PRICES_TEXT;
  /** Entry and import are the clerk's work; readers see the rest. */
  protected readonly tabs = computed(() =>
    [
      { path: 'matrix', label: PRICES_TEXT.tabMatrix, edit: false },
      { path: 'items', label: PRICES_TEXT.tabItems, edit: false },
      { path: 'suppliers', label: PRICES_TEXT.tabSuppliers, edit: false },
      { path: 'collection', label: PRICES_TEXT.tabCollection, edit: false },
      { path: 'import', label: PRICES_TEXT.tabImport, edit: true },
      { path: 'history', label: PRICES_TEXT.tabHistory, edit: false },
    ].filter((t) => !t.edit || this.scope.canEdit()),
  );
}
