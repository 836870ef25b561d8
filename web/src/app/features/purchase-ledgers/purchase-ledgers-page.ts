import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PURCHASE_LEDGER_LABELS, PURCHASE_LEDGERS } from '@portal/domain';
import { TabbedPage } from '../../shared/tabbed-page';
import { LEDGERS_TEXT } from './purchase-ledgers.text';

/** 采购台账: a tab per ledger and the month's spend charts. */
@Component({
  selector: 'app-purchase-ledgers-page',
  imports: [TabbedPage],
  template: `
    <app-tabbed-page [title]="text.title" [tabs]="tabs" testId="ledgers" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PurchaseLedgersPage {
  protected readonly text = LEDGERS_TEXT;
  protected readonly tabs = [...PURCHASE_LEDGERS.map((l) => ({ path: l, label: PURCHASE_LEDGER_LABELS[l] })), { path: 'spend', label: LEDGERS_TEXT.tabSpend }];
}
