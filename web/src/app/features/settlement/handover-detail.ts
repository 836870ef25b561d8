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
import { SettlementApi, type InvoiceHandover } from './settlement.api';
import { INVOICE_TEXT } from './settlement.text';
import { SettlementStatus } from './status-chip';

/** One handover batch (交接单) and its invoices; finance confirms receipt here, which locks them. */
@Component({
  selector: 'app-handover-detail',
  imports: [RouterLink, MatButtonModule, MatIconModule, TrPipe, FenPipe, AppDatePipe, SettlementStatus],
  template: `
    <div class="page">
      @if (h(); as h) {
        <div class="page-header">
          <a mat-icon-button routerLink="/purchase-invoices/handovers" [attr.aria-label]="text.backToHandovers | tr"><mat-icon>arrow_back</mat-icon></a>
          <h1>
            <span class="mono" data-testid="handover-number">{{ h.number }}</span>
            <app-settlement-status kind="handover" [status]="h.status" />
          </h1>
          @if (h.can.confirm) {
            <button mat-flat-button type="button" (click)="confirm(h)" [disabled]="busy()" data-testid="handover-confirm"><mat-icon>task_alt</mat-icon>{{ text.confirm | tr }}</button>
          }
        </div>
        <section class="card facts">
          <dl>
            <div><dt>{{ text.unit | tr }}</dt><dd>{{ h.unit.name }}</dd></div>
            <div><dt>{{ text.invoiceCount | tr }}</dt><dd>{{ h.invoiceCount }}</dd></div>
            <div><dt>{{ text.totalShort | tr }}</dt><dd class="strong">{{ h.totalFen | fen }}</dd></div>
            <div><dt>{{ text.createdAt | tr }}</dt><dd>{{ h.createdBy?.name ?? '—' }} · {{ h.createdAt | appDate: 'dateTime' }}</dd></div>
            @if (h.confirmedBy) {
              <div><dt>{{ text.confirmedBy | tr }}</dt><dd data-testid="handover-confirmed-by">{{ h.confirmedBy.name }} · {{ h.confirmedAt | appDate: 'dateTime' }}</dd></div>
            }
          </dl>
        </section>
        <section class="card">
          <div class="scroll">
            <table class="lines">
              <thead>
                <tr>
                  <th>{{ text.invoiceNo | tr }}</th>
                  <th>{{ text.kind | tr }}</th>
                  <th>{{ text.sellerName | tr }}</th>
                  <th>{{ text.issuedOn | tr }}</th>
                  <th class="num">{{ text.totalShort | tr }}</th>
                </tr>
              </thead>
              <tbody>
                @for (i of h.invoices; track i.id) {
                  <tr>
                    <td><a class="mono" [routerLink]="['/purchase-invoices', i.id]">{{ i.invoiceNo }}</a></td>
                    <td>{{ kindLabels[i.kind] | tr }}</td>
                    <td>{{ i.sellerName }}</td>
                    <td class="nowrap">{{ i.issuedOn | appDate }}</td>
                    <td class="num">{{ i.totalFen | fen }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      }
    </div>
  `,
  styleUrl: './settlement-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoverDetailPage {
  private readonly api = inject(SettlementApi);
  private readonly notify = inject(Notify);
  readonly id = input.required<string>();
  protected readonly text = INVOICE_TEXT;
  protected readonly kindLabels = INVOICE_KIND_LABELS;
  private readonly page = recordPage({ id: this.id, get: (id) => this.api.handover(id), byLanguage: false });
  protected readonly h = this.page.record;
  protected readonly busy = this.page.busy;

  protected confirm(h: InvoiceHandover): void {
    this.page.run(this.api.confirm(h.id, h.version), () => this.notify.ok(INVOICE_TEXT.confirmed));
  }
}
