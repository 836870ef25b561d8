import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TrPipe } from '../../core/i18n/tr.pipe';
import type { QuoteStatus } from './ad-quotes.api';
import { QUOTE_STATUS_LABELS } from './ad-quotes.text';

/** A quote's status as a coloured chip: waiting in amber, done in green, closed in grey. */
@Component({
  selector: 'app-quote-status',
  imports: [TrPipe],
  template: `<span class="status-chip" [attr.data-status]="status()" data-testid="quote-status">{{ labels[status()] | tr }}</span>`,
  styles: `
    [data-status='pending_approval'] { background: #fff1c2; color: #6b4d00; }
    [data-status='approved'], [data-status='sent'] { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    [data-status='accepted'] { background: #c9f0d3; color: #0b5322; }
    [data-status='declined'], [data-status='cancelled'], [data-status='expired'] { text-decoration: none; opacity: 0.85; }
    [data-status='declined'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuoteStatusChip {
  readonly status = input.required<QuoteStatus>();
  protected readonly labels = QUOTE_STATUS_LABELS;
}
