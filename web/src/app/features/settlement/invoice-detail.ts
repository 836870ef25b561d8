import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { INVOICE_KIND_LABELS } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { FenPipe } from '../../shared/money.pipe';
import { recordPage } from '../../shared/record-page';
import { SettlementApi, type PurchaseInvoiceDetail } from './settlement.api';
import { INVOICE_TEXT } from './settlement.text';
import { OrderAmounts } from './order-amounts';
import { SettlementStatus } from './status-chip';

/** One invoice as recorded, its orders, and where it stands on its way to finance; the clerk signs for it here. */
@Component({
  selector: 'app-invoice-detail',
  imports: [RouterLink, MatButtonModule, MatIconModule, TrPipe, FenPipe, AppDatePipe, SettlementStatus, OrderAmounts],
  template: `
    <div class="page">
      @if (inv(); as i) {
        <div class="page-header">
          <a mat-icon-button routerLink="/purchase-invoices" [attr.aria-label]="text.backToList | tr"><mat-icon>arrow_back</mat-icon></a>
          <h1>
            <span class="mono" data-testid="inv-number">{{ i.invoiceNo }}</span>
            <app-settlement-status kind="invoice" [status]="i.status" />
          </h1>
          @if (i.can.sign) {
            <button mat-flat-button type="button" (click)="sign(i)" [disabled]="busy()" data-testid="inv-sign"><mat-icon>draw</mat-icon>{{ text.sign | tr }}</button>
          }
          @if (i.handover) {
            <a mat-button [routerLink]="['/purchase-invoices/handovers', i.handover.id]"><mat-icon>assignment_turned_in</mat-icon>{{ i.handover.number }}</a>
          }
        </div>
        <section class="card facts">
          <dl>
            <div><dt>{{ text.kind | tr }}</dt><dd>{{ kindLabels[i.kind] | tr }}</dd></div>
            <div><dt>{{ text.code | tr }}</dt><dd class="mono">{{ i.code || '—' }}</dd></div>
            <div><dt>{{ text.issuedOn | tr }}</dt><dd>{{ i.issuedOn | appDate }}</dd></div>
            <div><dt>{{ text.header | tr }}</dt><dd>{{ i.header }}</dd></div>
            <div><dt>{{ text.sellerName | tr }}</dt><dd>{{ i.sellerName }}</dd></div>
            <div><dt>{{ text.sellerTaxId | tr }}</dt><dd class="mono">{{ i.sellerTaxId }}</dd></div>
            <div><dt>{{ text.amount | tr }}</dt><dd>{{ i.amountFen | fen }}</dd></div>
            <div><dt>{{ text.rate | tr }}</dt><dd>{{ i.taxRateBp / 100 }}%</dd></div>
            <div><dt>{{ text.tax | tr }}</dt><dd>{{ i.taxFen | fen }}</dd></div>
            <div><dt>{{ text.totalFen | tr }}</dt><dd class="strong" data-testid="inv-total">{{ i.totalFen | fen }}</dd></div>
            <div><dt>{{ text.unit | tr }}</dt><dd>{{ i.unit.name }}</dd></div>
            <div><dt>{{ text.createdBy | tr }}</dt><dd>{{ i.createdBy?.name ?? '—' }}</dd></div>
            @if (i.signedBy) {
              <div><dt>{{ text.signedBy | tr }}</dt><dd>{{ i.signedBy.name }} · {{ i.signedAt | appDate: 'dateTime' }}</dd></div>
            }
          </dl>
        </section>
        @if (i.kind === 'vat_special') {
          <section class="card facts">
            <h2>{{ text.buyer | tr }}</h2>
            <dl>
              <div><dt>{{ text.buyerTaxId | tr }}</dt><dd class="mono">{{ i.buyerTaxId }}</dd></div>
              <div><dt>{{ text.buyerAddress | tr }}</dt><dd>{{ i.buyerAddress }}</dd></div>
              <div><dt>{{ text.buyerPhone | tr }}</dt><dd>{{ i.buyerPhone }}</dd></div>
              <div><dt>{{ text.buyerBank | tr }}</dt><dd>{{ i.buyerBank }}</dd></div>
              <div><dt>{{ text.buyerAccount | tr }}</dt><dd class="mono">{{ i.buyerAccount }}</dd></div>
            </dl>
          </section>
        }
        <app-order-amounts [title]="text.orders" [orders]="i.orders" />
      }
    </div>
  `,
  styleUrl: './settlement-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceDetailPage {
  private readonly api = inject(SettlementApi);
  private readonly notify = inject(Notify);
  readonly id = input.required<string>();
  protected readonly text = INVOICE_TEXT;
  protected readonly kindLabels = INVOICE_KIND_LABELS;
  private readonly page = recordPage({ id: this.id, get: (id) => this.api.invoice(id), byLanguage: false });
  protected readonly inv = this.page.record;
  protected readonly busy = this.page.busy;

  protected sign(i: PurchaseInvoiceDetail): void {
    this.page.run(this.api.sign(i.id, i.version), () => this.notify.ok(INVOICE_TEXT.signed));
  }
}
