import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AdAgreementStatus } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { AGREEMENT_STATUS_LABELS } from './ad-agreements.text';

/** An agreement's status as a coloured chip: a draft waits (amber), running is live (green), the ended ones grey. */
@Component({
  selector: 'app-agreement-status',
  imports: [TrPipe],
  template: `<span class="status-chip" [attr.data-status]="status()" data-testid="agreement-status">{{ labels[status()] | tr }}</span>`,
  styles: `
    [data-status='draft'] { background: #fff1c2; color: #6b4d00; }
    [data-status='signed'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    [data-status='running'] { background: #c9f0d3; color: #0b5322; }
    [data-status='terminated'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementStatusChip {
  readonly status = input.required<AdAgreementStatus>();
  protected readonly labels = AGREEMENT_STATUS_LABELS;
}
