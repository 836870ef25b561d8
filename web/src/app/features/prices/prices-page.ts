import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { PriceScope } from './price-scope';
import { PRICES_TEXT } from './prices.text';

/** The supplier price database: tabs over the matrix, items, suppliers, entry, import and history. */
@Component({
  selector: 'app-prices-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule, MatIconModule, TrPipe],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ text.title | tr }}</h1>
        @if (scope.loaded() && !scope.canEdit()) {
          <span class="read-only" data-testid="prices-read-only"><mat-icon>visibility</mat-icon>{{ text.readOnly | tr }}</span>
        }
      </div>
      <nav mat-tab-nav-bar [tabPanel]="panel" mat-stretch-tabs="false" data-testid="prices-tabs">
        @for (t of tabs(); track t.path) {
          <a mat-tab-link [routerLink]="t.path" routerLinkActive #rla="routerLinkActive" [active]="rla.isActive" [attr.data-testid]="'prices-tab-' + t.path">
            {{ t.label | tr }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
    </div>
  `,
  styles: `
    .page-header h1 { flex: none; }
    .read-only { display: inline-flex; align-items: center; gap: 4px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .read-only mat-icon { font-size: 18px; width: 18px; height: 18px; }
    nav { margin-bottom: 16px; }
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
