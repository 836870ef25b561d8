import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { AD_PRICING_UNIT_LABELS } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { LocalNamePipe } from '../../shared/local-name.pipe';
import { FenPipe } from '../../shared/money.pipe';
import type { RateCard } from './ad-rate-cards.api';
import { RATE_CARDS_TEXT } from './ad-rate-cards.text';
import { groupByPage } from './rate-card-groups';

/** A card as a reader sees it: list prices grouped by page/channel, exclusive slots marked. */
@Component({
  selector: 'app-rate-card-view',
  imports: [MatIconModule, MatTooltipModule, TrPipe, FenPipe, LocalNamePipe],
  template: `
    <table class="card-table" data-testid="rate-card-table">
      <thead>
        <tr>
          <th class="code">{{ text.code | tr }}</th>
          <th>{{ text.slot | tr }}</th>
          <th>{{ text.formatSize | tr }}</th>
          <th>{{ text.pricingUnit | tr }}</th>
          <th class="money">{{ text.price | tr }}</th>
        </tr>
      </thead>
      @for (g of groups(); track g.page) {
        <tbody>
          <tr class="group">
            <th colspan="5" scope="rowgroup">
              {{ g.page }}
              <span class="muted">
                · {{ (g.rows.length === 1 ? text.slotCountOne : text.slotCount) | tr: { count: g.rows.length } }}
                @if (g.exclusiveCount) {
                  · {{ text.exclusiveCount | tr: { count: g.exclusiveCount } }}
                }
              </span>
            </th>
          </tr>
          @for (p of g.rows; track p.slotId) {
            <tr [attr.data-slot-code]="p.code" data-testid="card-row">
              <td class="code">{{ p.code }}</td>
              <td>
                {{ p.name | localName: p.nameEn }}
                @if (p.exclusive) {
                  <span class="excl" [matTooltip]="text.exclusiveHint | tr" data-testid="exclusive-mark"><mat-icon inline>lock</mat-icon>{{ text.exclusive | tr }}</span>
                }
              </td>
              <td class="muted">{{ p.format }}@if (p.size) { · {{ p.size }} }</td>
              <td class="nowrap">{{ unitLabels[p.pricingUnit] | tr }}</td>
              <td class="money" data-testid="card-price">
                @if (p.priceFen === null) {
                  <span class="muted">{{ text.noPrice | tr }}</span>
                } @else {
                  {{ p.priceFen | fen }}
                }
              </td>
            </tr>
          }
        </tbody>
      }
    </table>
  `,
  styleUrl: './rate-card-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RateCardView {
  readonly card = input.required<RateCard>();
  protected readonly text = RATE_CARDS_TEXT;
  protected readonly unitLabels = AD_PRICING_UNIT_LABELS;
  protected readonly groups = computed(() => groupByPage(this.card().prices));
}
