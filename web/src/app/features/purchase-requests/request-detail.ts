import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { PLATFORM_LABELS } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { recordPage } from '../../shared/record-page';
import { ApprovalTimeline } from '../approvals/approval-timeline';
import { PurchaseRequestsApi, type PriceEstimate } from './purchase-requests.api';
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
  private readonly i18n = inject(I18n);
  protected readonly text = PURCHASE_REQUESTS_TEXT;
  // Names come from the API in the reader's language: switching reloads them.
  protected readonly request = recordPage({ id: this.id, get: (id) => this.api.get(id), back: '/purchase-requests' }).record;

  /** Where a price was seen: the platform and the shop. */
  protected source(e: PriceEstimate): string {
    return `${this.i18n.t(PLATFORM_LABELS[e.platform])} · ${e.shopName}`;
  }
}
