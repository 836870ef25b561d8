import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TrPipe } from '../../core/i18n/tr.pipe';
import type { LineStatus, RequestStatus } from './purchase-requests.api';
import { LINE_STATUS_LABELS, REQUEST_STATUS_LABELS } from './purchase-requests.text';

/** A request's status as a chip: waiting in amber, approved in green, sent back in red. */
@Component({
  selector: 'app-request-status',
  imports: [TrPipe],
  template: `<span class="status-chip" [attr.data-status]="status()" data-testid="request-status">{{ labels[status()] | tr }}</span>`,
  styles: `
    [data-status='submitted'] { background: #fff1c2; color: #6b4d00; }
    [data-status='approved'] { background: #c9f0d3; color: #0b5322; }
    [data-status='rejected'], [data-status='returned'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestStatusChip {
  readonly status = input.required<RequestStatus>();
  protected readonly labels = REQUEST_STATUS_LABELS;
}

/** Where a line stands for its requester: on its way in blue, bought-for in green, cut in red, deferred in amber. */
@Component({
  selector: 'app-line-status',
  imports: [TrPipe],
  template: `<span class="status-chip" [attr.data-status]="status()" data-testid="line-status">{{ labels[status()] | tr }}</span>`,
  styles: `
    [data-status='submitted'] { background: #fff1c2; color: #6b4d00; }
    [data-status='dept_approved'], [data-status='in_plan'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    [data-status='plan_approved'] { background: #c9f0d3; color: #0b5322; }
    [data-status='deferred'] { background: #ffe0b2; color: #6b3a00; }
    [data-status='cut'], [data-status='rejected'], [data-status='returned'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineStatusChip {
  readonly status = input.required<LineStatus>();
  protected readonly labels = LINE_STATUS_LABELS;
}
