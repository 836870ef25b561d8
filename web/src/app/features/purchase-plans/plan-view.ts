import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { PlanBudget } from './plan-budget';
import { PlanLines } from './plan-lines';
import { PlanSources, type SourceChoice } from './plan-sources';
import type { PlanConsolidation, PlanLine, PlanSource } from './purchase-plans.api';
import { PURCHASE_PLANS_TEXT } from './purchase-plans.text';

/** What the month's consolidation and a stored plan both show. */
export type PlanContent = Pick<PlanConsolidation, 'departments' | 'lines' | 'sources' | 'totalFen' | 'budget'>;

/**
 * The body of a plan, live or stored: its items by category, the late requests apart, the
 * new items still to map, the departments' budgets (办公室), then every request line with
 * what the plan does with it. With `editable` the clerk's controls show; the page carries
 * out what they ask.
 */
@Component({
  selector: 'app-plan-view',
  imports: [TrPipe, PlanLines, PlanSources, PlanBudget],
  template: `
    <section class="card">
      <h2>{{ text.lines | tr }}</h2>
      @if (plan().lines.length) {
        <app-plan-lines [lines]="plan().lines" [departments]="plan().departments" [totalFen]="plan().totalFen" [editable]="editable()" (editProposed)="editProposed.emit($event)" />
      } @else {
        <p class="muted" data-testid="plan-no-lines">{{ text.noRequests | tr }}</p>
      }
    </section>
    @if (late().length) {
      <section class="card attention">
        <app-plan-sources [sources]="late()" [heading]="text.late" [hint]="text.lateHint" [editable]="editable()" testId="plan-late" (decide)="decide.emit($event)" (mapItem)="mapItem.emit($event)" />
      </section>
    }
    @if (unmapped().length) {
      <section class="card attention">
        <app-plan-sources [sources]="unmapped()" [heading]="text.unmapped" [hint]="text.unmappedHint" [editable]="editable()" testId="plan-unmapped" (decide)="decide.emit($event)" (mapItem)="mapItem.emit($event)" />
      </section>
    }
    @if (plan().budget.length) {
      <section class="card">
        <app-plan-budget [positions]="plan().budget" />
      </section>
    }
    <section class="card">
      <app-plan-sources [sources]="others()" [heading]="text.sources" [editable]="editable()" testId="plan-sources" (decide)="decide.emit($event)" (mapItem)="mapItem.emit($event)" />
    </section>
  `,
  styleUrl: './plan-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanView {
  readonly plan = input.required<PlanContent>();
  readonly editable = input(false);
  readonly editProposed = output<PlanLine>();
  readonly decide = output<SourceChoice>();
  readonly mapItem = output<PlanSource>();

  protected readonly text = PURCHASE_PLANS_TEXT;

  /** Submitted after the cut-off: apart, whatever was decided, so the clerk sees them together. */
  protected readonly late = computed(() => this.plan().sources.filter((s) => s.late));
  /** Written as a new item and still in play: mapped before the plan can go. */
  protected readonly unmapped = computed(() => this.plan().sources.filter((s) => !s.late && !s.item && s.decision !== 'cut' && s.decision !== 'deferred'));
  protected readonly others = computed(() => {
    const apart = new Set([...this.late(), ...this.unmapped()]);
    return this.plan().sources.filter((s) => !apart.has(s));
  });
}
