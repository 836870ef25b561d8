import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { PLATFORM_LABELS } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { FenPipe } from '../../shared/money.pipe';
import { ApprovalTimeline } from '../approvals/approval-timeline';
import { PurchaseRequestsApi, type PriceEstimate, type PurchaseRequest } from './purchase-requests.api';
import { PURCHASE_REQUESTS_TEXT } from './purchase-requests.text';
import { RequestStatusChip } from './request-status';

/**
 * One department request as it stands: its lines with where each stands now (submitted,
 * approved by the department, in the plan, cut with the plan's reason, deferred, plan
 * approved), its estimated total and budget warning, and its approval timeline.
 */
@Component({
  selector: 'app-request-detail',
  imports: [AppDatePipe, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule, TrPipe, FenPipe, RequestStatusChip, ApprovalTimeline],
  templateUrl: './request-detail.html',
  styleUrl: './request-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestDetail {
  readonly id = input.required<string>();

  private readonly api = inject(PurchaseRequestsApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  protected readonly text = PURCHASE_REQUESTS_TEXT;
  protected readonly request = signal<PurchaseRequest | null>(null);

  constructor() {
    // Names come from the API in the reader's language: switching reloads them.
    effect(() => {
      const id = Number(this.id());
      this.i18n.lang();
      untracked(() => this.load(id));
    });
  }

  /** Where a price was seen: the platform and the shop. */
  protected source(e: PriceEstimate): string {
    return `${this.i18n.t(PLATFORM_LABELS[e.platform])} · ${e.shopName}`;
  }

  private load(id: number): void {
    this.api.get(id).subscribe({
      next: (r) => this.request.set(r),
      error: (err: unknown) => {
        this.notify.error(err);
        void this.router.navigate(['/purchase-requests']);
      },
    });
  }
}
