import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrPipe } from '../../core/i18n/tr.pipe';
import type { LineStatus, RequestStatus } from './purchase-requests.api';
import { LINE_STATUS_LABELS, REQUEST_STATUS_LABELS } from './purchase-requests.text';

/**
 * A request's status (`kind="request"`) or where one of its lines stands for its requester
 * (`kind="line"`) as a chip: waiting in amber, on its way in blue, approved or bought-for in
 * green, cut or sent back in red, deferred in orange, a draft in grey.
 */
@Component({
  selector: 'app-request-status',
  imports: [TrPipe],
  template: `<span class="status-chip" [attr.data-status]="status()" [attr.data-testid]="kind() + '-status'">{{ label() | tr }}</span>`,
  styles: `
    [data-status='submitted'] { background: #fff1c2; color: #6b4d00; }
    [data-status='dept_approved'], [data-status='in_plan'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    [data-status='approved'], [data-status='plan_approved'], [data-status='ordered'], [data-status='part_received'], [data-status='received'] { background: #c9f0d3; color: #0b5322; }
    [data-status='deferred'] { background: #ffe0b2; color: #6b3a00; }
    [data-status='cut'], [data-status='rejected'], [data-status='returned'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestStatusChip {
  readonly status = input.required<RequestStatus | LineStatus>();
  readonly kind = input<'request' | 'line'>('request');
  protected readonly label = computed(() => {
    const s = this.status();
    return this.kind() === 'line' ? LINE_STATUS_LABELS[s as LineStatus] : REQUEST_STATUS_LABELS[s as RequestStatus];
  });
}
