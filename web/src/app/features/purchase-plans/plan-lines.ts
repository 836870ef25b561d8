import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ITEM_CATEGORIES } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import type { PlanDepartment, PlanLine } from './purchase-plans.api';
import { CATEGORY_TEXT, PURCHASE_PLANS_TEXT } from './purchase-plans.text';

/**
 * The plan's items grouped by category (as the printed plan groups them): what each
 * department asked for, stock on hand, the net need, what to buy (the clerk may change it,
 * with a reason), the estimated price and amount, a subtotal per category and the total.
 * A wide table that scrolls with its item column fixed; on a phone each item is a card.
 */
@Component({
  selector: 'app-plan-lines',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, TrPipe, FenPipe],
  templateUrl: './plan-lines.html',
  styleUrl: './plan-lines.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanLines {
  readonly lines = input.required<readonly PlanLine[]>();
  readonly departments = input.required<readonly PlanDepartment[]>();
  readonly totalFen = input.required<number>();
  /** The clerk may change the quantities to buy (a draft, or a plan sent back). */
  readonly editable = input(false);
  readonly editProposed = output<PlanLine>();

  protected readonly text = PURCHASE_PLANS_TEXT;

  private readonly deptName = computed(() => new Map(this.departments().map((d) => [d.id, d.name])));

  /** Categories in the catalogue's order, each with its lines and what they come to. */
  protected readonly groups = computed(() =>
    ITEM_CATEGORIES.map((category) => {
      const lines = this.lines().filter((l) => l.item.category === category);
      return { category, label: CATEGORY_TEXT[category], lines, subtotalFen: lines.reduce((s, l) => s + l.amountFen, 0) };
    }).filter((g) => g.lines.length > 0),
  );

  protected departmentName(id: number): string {
    return this.deptName().get(id) ?? `#${id}`;
  }

  /** The clerk's figure differs from requested − stock (the reason then shows under it). */
  protected changed(l: PlanLine): boolean {
    return l.proposedQty !== l.nettedQty;
  }
}
