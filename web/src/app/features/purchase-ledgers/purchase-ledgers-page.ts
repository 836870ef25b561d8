import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { PURCHASE_LEDGER_LABELS, PURCHASE_LEDGERS } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { LEDGERS_TEXT } from './purchase-ledgers.text';

/** 采购台账: a tab per ledger and the month's spend charts. */
@Component({
  selector: 'app-purchase-ledgers-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule, TrPipe],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ text.title | tr }}</h1>
      </div>
      <nav mat-tab-nav-bar [tabPanel]="panel" mat-stretch-tabs="false" data-testid="ledgers-tabs">
        @for (t of tabs; track t.path) {
          <a mat-tab-link [routerLink]="t.path" routerLinkActive #rla="routerLinkActive" [active]="rla.isActive" [attr.data-testid]="'ledgers-tab-' + t.path">
            {{ t.label | tr }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
    </div>
  `,
  styles: `
    .page-header h1 { flex: none; }
    nav { margin-bottom: 16px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PurchaseLedgersPage {
  protected readonly text = LEDGERS_TEXT;
  protected readonly tabs = [...PURCHASE_LEDGERS.map((l) => ({ path: l, label: PURCHASE_LEDGER_LABELS[l] })), { path: 'spend', label: LEDGERS_TEXT.tabSpend }];
}
