import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import type { Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { PAYMENT_TEXT } from './settlement.text';

/** An order a settlement document covers, and how much of it the document carries. */
export interface OrderAmount {
  orderId: number;
  number: string;
  platformOrderNo: string;
  /** Shown as a column when the document's orders carry it (payment requests). */
  orderedOn?: string;
  totalFen: number;
  amountFen: number;
}

/** The card of the orders a payment request or an invoice covers: each order, its total and the amount on this document. */
@Component({
  selector: 'app-order-amounts',
  imports: [TrPipe, FenPipe, AppDatePipe],
  template: `
    <section class="card">
      <h2>{{ title() | tr }}</h2>
      <div class="scroll">
        <table class="lines">
          <thead>
            <tr>
              <th>{{ text.order | tr }}</th>
              <th>{{ text.platformOrderNo | tr }}</th>
              @if (withDate()) {
                <th>{{ text.orderedOn | tr }}</th>
              }
              <th class="num">{{ text.orderTotal | tr }}</th>
              <th class="num">{{ text.amountShort | tr }}</th>
            </tr>
          </thead>
          <tbody>
            @for (o of orders(); track o.orderId) {
              <tr>
                <td class="mono">{{ o.number }}</td>
                <td class="mono">{{ o.platformOrderNo }}</td>
                @if (withDate()) {
                  <td class="nowrap">{{ o.orderedOn | appDate }}</td>
                }
                <td class="num">{{ o.totalFen | fen }}</td>
                <td class="num strong">{{ o.amountFen | fen }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styleUrl: './settlement-form.scss',
  styles: `
    :host { display: block; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderAmounts {
  readonly title = input.required<Text>();
  readonly orders = input.required<readonly OrderAmount[]>();
  /** Adds the order date column. */
  readonly withDate = input(false);
  protected readonly text = PAYMENT_TEXT;
}
