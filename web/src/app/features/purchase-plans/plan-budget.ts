import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import type { PlanBudgetPosition } from './purchase-plans.api';
import { PURCHASE_PLANS_TEXT } from './purchase-plans.text';

/**
 * Each department's office-supplies budget beside what this plan buys for it (办公室 only):
 * the year's amount, committed, spent, remaining, and how far the plan goes over. Over a
 * warn-controlled line the plan takes an extra approval step, so it shows in red.
 */
@Component({
  selector: 'app-plan-budget',
  imports: [MatIconModule, TrPipe, FenPipe],
  template: `
    <section data-testid="plan-budget">
      <h2>{{ text.budget | tr }}</h2>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>{{ text.department | tr }}</th>
              <th class="num">{{ text.thisPlan | tr }}</th>
              <th class="num">{{ text.budgetAmount | tr }}</th>
              <th class="num">{{ text.committed | tr }}</th>
              <th class="num">{{ text.spent | tr }}</th>
              <th class="num">{{ text.remaining | tr }}</th>
              <th>{{ text.control | tr }}</th>
            </tr>
          </thead>
          <tbody>
            @for (p of positions(); track p.department.id) {
              <tr data-testid="budget-row" [class.over]="p.overByFen" [attr.data-department]="p.department.name">
                <td>
                  {{ p.department.name }}
                  @if (p.overByFen) {
                    <span class="over-by" data-testid="budget-over"><mat-icon inline>warning</mat-icon>{{ text.overBy | tr: { amount: (p.overByFen | fen) } }}</span>
                  }
                </td>
                <td class="num strong" [attr.data-label]="text.thisPlan | tr">{{ p.planFen | fen }}</td>
                @if (p.budget; as b) {
                  <td class="num" [attr.data-label]="text.budgetAmount | tr">{{ b.amountFen | fen }}</td>
                  <td class="num" [attr.data-label]="text.committed | tr">{{ b.committedFen | fen }}</td>
                  <td class="num" [attr.data-label]="text.spent | tr">{{ b.spentFen | fen }}</td>
                  <td class="num" [class.negative]="b.remainingFen < 0" [attr.data-label]="text.remaining | tr">{{ b.remainingFen | fen }}</td>
                  <td [attr.data-label]="text.control | tr">{{ text.controls[b.control] | tr }}</td>
                } @else {
                  <td colspan="5" class="muted">{{ text.noBudget | tr }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styleUrl: './plan-budget.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanBudget {
  readonly positions = input.required<readonly PlanBudgetPosition[]>();
  protected readonly text = PURCHASE_PLANS_TEXT;
}
