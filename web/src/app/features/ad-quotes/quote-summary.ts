import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { explainZhe, formatSharePercent } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { redrawOnControlEvents } from '../../shared/control-events';
import { FenPipe } from '../../shared/money.pipe';
import { AD_QUOTES_TEXT } from './ad-quotes.text';
import type { LiveTotals } from './quote-editor.state';

/**
 * The foot of the quote editor: the bundle 折 and the note, the totals, the paid share in 折
 * and percent, and who will have to approve (or why nobody can), as the editor worked them out.
 */
@Component({
  selector: 'app-quote-summary',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatIconModule, MatInputModule, TrPipe, FenPipe],
  templateUrl: './quote-summary.html',
  styleUrl: './quote-summary.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuoteSummary {
  readonly bundle = input.required<FormControl<string>>();
  readonly note = input.required<FormControl<string>>();
  readonly totals = input.required<LiveTotals>();
  readonly paidShareBp = input<number | null>(null);
  readonly decision = input<{ outcome: string } | null>(null);
  readonly decisionLine = input('');
  /** A slot clash with an accepted quote: nothing can be saved until it is resolved. */
  readonly blocked = input(false);

  protected readonly text = AD_QUOTES_TEXT;
  private readonly i18n = inject(I18n);
  protected readonly zhe = computed(() => {
    const bp = this.paidShareBp();
    return bp === null ? '' : explainZhe(bp, this.i18n.lang());
  });
  /** The percentage beside 折 in Chinese; in English the explained 折 already says it. */
  protected readonly percent = computed(() => {
    const bp = this.paidShareBp();
    return bp === null || this.i18n.lang() === 'en' ? '' : formatSharePercent(bp);
  });

  constructor() {
    redrawOnControlEvents(computed(() => [this.bundle(), this.note()]));
  }
}
