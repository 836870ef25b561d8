import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { formatFen, isPlanEditable } from '@portal/domain';
import { type Observable } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import type { Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { fileDownloads } from '../../shared/download';
import { FenPipe } from '../../shared/money.pipe';
import { recordPage } from '../../shared/record-page';
import { ApprovalTimeline } from '../approvals/approval-timeline';
import { DecisionDialog } from './decision-dialog';
import { MapItemDialog } from './map-item-dialog';
import { PlanChip } from './plan-status';
import type { SourceChoice } from './plan-sources';
import { PlanView } from './plan-view';
import { ProposedDialog, type PlanDialogResult } from './proposed-dialog';
import { PurchasePlansApi, type PlanLine, type PlanSource, type PurchasePlan } from './purchase-plans.api';
import { PURCHASE_PLANS_TEXT } from './purchase-plans.text';

/**
 * One company plan: its month's items, the request lines and what it does with each, the
 * budgets, and its approval. The buying unit's clerk changes a draft (or one sent back),
 * consolidates it again, and submits it; an approved plan is frozen until the clerk
 * chooses to change it, which sends it back to draft for a new approval.
 */
@Component({
  selector: 'app-plan-page',
  imports: [AppDatePipe, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule, TrPipe, FenPipe, PlanChip, PlanView, ApprovalTimeline],
  templateUrl: './plan-page.html',
  styleUrl: './plan-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanPage {
  readonly id = input.required<string>();

  private readonly api = inject(PurchasePlansApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  protected readonly text = PURCHASE_PLANS_TEXT;

  // Names come from the API in the reader's language: switching reloads them.
  private readonly page = recordPage({ id: this.id, get: (id) => this.api.get(id), back: '/purchase-plans', stale: PURCHASE_PLANS_TEXT.stale });
  protected readonly plan = this.page.record;
  protected readonly busy = this.page.busy;
  protected readonly downloads = fileDownloads<'pdf' | 'xlsx'>();
  protected readonly downloading = this.downloads.busy;

  /** The clerk who keeps it may change it now: not while leadership has it, not once approved (see `change`). */
  protected readonly editable = computed(() => {
    const p = this.plan();
    return !!p && p.actions.includes('edit') && isPlanEditable(p.status) && p.status !== 'approved';
  });
  protected readonly canSubmit = computed(() => this.editable() && this.plan()!.actions.includes('submit'));
  protected readonly canChange = computed(() => this.plan()?.status === 'approved' && this.plan()!.actions.includes('edit'));
  /** What the clerk must still do before it can go, with how many lines each concerns. */
  protected readonly problems = computed(() => {
    const p = this.plan();
    if (!p || !this.editable()) return [];
    const count = { unmapped: p.unmappedCount, pending: p.pendingCount, noLines: 0 };
    return p.submitProblems.map((k) => ({ key: k, text: this.text.problems[k], count: count[k] }));
  });

  /** A change the API answered with the plan as it now is; a lost race reloads and says so. */
  private apply(request: Observable<PurchasePlan>, done?: Text): void {
    this.page.run(request, (updated) => {
      if (done) this.notify.ok(done, { number: updated.number });
    });
  }

  /** What a dialog closed with: the saved plan, or 'stale' (someone else saved first). */
  private closed(result: PlanDialogResult, done: Text): void {
    if (!result) return;
    if (result === 'stale') {
      this.notify.ok(this.text.stale);
      this.page.reload();
      return;
    }
    this.plan.set(result);
    this.notify.ok(done);
  }

  protected editProposed(line: PlanLine): void {
    const plan = this.plan()!;
    ProposedDialog.open(this.dialog, { plan, line }).subscribe((r) => this.closed(r, this.text.decided));
  }

  protected decide({ source, choice }: SourceChoice): void {
    const plan = this.plan()!;
    if (choice === 'include') return this.apply(this.api.decide(plan, source.id!, 'include', ''), this.text.decided);
    DecisionDialog.open(this.dialog, { plan, source, choice }).subscribe((r) => this.closed(r, this.text.decided));
  }

  protected mapItem(source: PlanSource): void {
    const plan = this.plan()!;
    MapItemDialog.open(this.dialog, { plan, unit: plan.unit.code, source }).subscribe((r) => this.closed(r, this.text.decided));
  }

  protected refresh(): void {
    this.apply(this.api.refresh(this.plan()!), this.text.refreshed);
  }

  protected submit(): void {
    const p = this.plan()!;
    const params = { number: p.number, total: `¥${formatFen(p.totalFen)}` };
    ConfirmDialog.ask(this.dialog, { title: this.text.submitTitle, message: this.text.submitMessage, params, confirm: this.text.submit }).subscribe((ok) => {
      if (ok) this.apply(this.api.submit(this.plan()!), this.text.submitted);
    });
  }

  /** An approved plan is frozen: changing it (after a confirm) consolidates it again as a draft, to be approved anew. */
  protected change(): void {
    const p = this.plan()!;
    ConfirmDialog.ask(this.dialog, { title: this.text.changeTitle, message: this.text.changeMessage, params: { number: p.number }, confirm: this.text.change, danger: true }).subscribe((ok) => {
      if (ok) this.apply(this.api.refresh(this.plan()!), this.text.changed);
    });
  }

  protected download(format: 'pdf' | 'xlsx'): void {
    const p = this.plan();
    if (p) this.downloads.start(format, this.api.download(p, format));
  }
}
