import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { HANDOVER_STATUS_LABELS, INVOICE_STATUS_LABELS, PAYMENT_REQUEST_STATUS_LABELS } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';

const LABELS = { request: PAYMENT_REQUEST_STATUS_LABELS, invoice: INVOICE_STATUS_LABELS, handover: HANDOVER_STATUS_LABELS } as const;

/** A payment request's, invoice's or handover's status as a chip: waiting amber, to act on blue, done green, refused red. */
@Component({
  selector: 'app-settlement-status',
  imports: [TrPipe],
  template: `<span class="status-chip" [attr.data-status]="status()" [attr.data-testid]="kind() + '-status'">{{ label() | tr }}</span>`,
  styles: `
    [data-status='submitted'], [data-status='sent'], [data-status='handed_over'] { background: #fff1c2; color: #6b4d00; }
    [data-status='approved'], [data-status='signed'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    [data-status='paid'], [data-status='confirmed'] { background: #c9f0d3; color: #0b5322; }
    [data-status='rejected'], [data-status='returned'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettlementStatus {
  readonly status = input.required<string>();
  readonly kind = input<'request' | 'invoice' | 'handover'>('request');
  protected readonly label = computed(() => (LABELS[this.kind()] as Record<string, { zh: string; en: string }>)[this.status()] ?? { zh: this.status(), en: this.status() });
}
