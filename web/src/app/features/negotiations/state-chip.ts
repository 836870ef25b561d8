import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { E_CONTRACT_STATUS_LABELS, NEGOTIATION_STATE_LABELS } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';

const LABELS = { negotiation: NEGOTIATION_STATE_LABELS, contract: E_CONTRACT_STATUS_LABELS } as const;

/** A sheet's agreement (双方不同意 / 一方同意 / 双方同意) or a contract's status as a chip. */
@Component({
  selector: 'app-b2b-status',
  imports: [TrPipe],
  template: `<span class="status-chip" [attr.data-status]="status()" [attr.data-testid]="kind() + '-status'">{{ label() | tr }}</span>`,
  styles: `
    [data-status='one'], [data-status='awaiting_approval'] { background: #fff1c2; color: #6b4d00; }
    [data-status='awaiting_signatures'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    [data-status='both'], [data-status='signed'] { background: #c9f0d3; color: #0b5322; }
    [data-status='rejected'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class B2bStatus {
  readonly status = input.required<string>();
  readonly kind = input<'negotiation' | 'contract'>('negotiation');
  protected readonly label = computed(() => (LABELS[this.kind()] as Record<string, { zh: string; en: string }>)[this.status()] ?? { zh: this.status(), en: this.status() });
}
