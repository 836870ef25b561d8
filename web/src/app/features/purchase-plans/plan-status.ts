import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PlanDecision, PlanStatus } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { DECISION_TEXT, PLAN_STATUS_TEXT } from './purchase-plans.text';

/**
 * A plan's status (`<app-plan-chip [status]>`) or what it does with a request line
 * (`<app-plan-chip [decision]>`) as a chip. One palette for both: waiting in amber (with
 * leadership, a late line undecided), settled in green or blue, sent back or cut in red,
 * deferred in orange.
 */
@Component({
  selector: 'app-plan-chip',
  imports: [TrPipe],
  template: `<span class="status-chip" [attr.data-tone]="shown().tone" [attr.data-status]="status()" [attr.data-decision]="decision()" [attr.data-testid]="status() ? 'plan-status' : 'source-decision'">{{ shown().label | tr }}</span>`,
  styles: `
    [data-tone='waiting'] { background: #fff1c2; color: #6b4d00; }
    [data-tone='done'] { background: #c9f0d3; color: #0b5322; }
    [data-tone='in'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    [data-tone='later'] { background: #ffe0b2; color: #6b3a00; }
    [data-tone='back'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanChip {
  readonly status = input<PlanStatus | null>(null);
  readonly decision = input<PlanDecision | null>(null);

  protected readonly shown = computed(() => {
    const status = this.status();
    if (status) return { label: PLAN_STATUS_TEXT[status], tone: STATUS_TONE[status] };
    const decision = this.decision() ?? 'pending';
    return { label: DECISION_TEXT[decision], tone: DECISION_TONE[decision] };
  });
}

const STATUS_TONE: Record<PlanStatus, string> = { draft: 'draft', submitted: 'waiting', approved: 'done', rejected: 'back', returned: 'back' };
const DECISION_TONE: Record<PlanDecision, string> = { included: 'in', pending: 'waiting', deferred: 'later', cut: 'back' };
