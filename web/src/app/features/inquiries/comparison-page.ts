import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { PLATFORM_LABELS, SUPPLIER_STANDING_LABELS } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { toProblem } from '../../core/http/problem';
import { FenPipe } from '../../shared/money.pipe';
import { InquiriesApi, type SupplierQuoteComparison } from './inquiries.api';
import { INQUIRIES_TEXT } from './inquiries.text';

type Offer = SupplierQuoteComparison['lines'][number]['offers'][number];

/**
 * 比价: after the deadline, every supplier's latest quote side by side (suppliers as columns), the
 * lowest per line marked, each supplier's standing, and the lowest mall price beside catalogue items.
 * From here the buyer opens a negotiation sheet (洽谈单) with one supplier for the chosen lines.
 */
@Component({
  selector: 'app-comparison-page',
  imports: [FormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatIconModule, MatProgressBarModule, TrPipe, FenPipe, AppDatePipe],
  templateUrl: './comparison-page.html',
  styleUrl: './inquiry-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparisonPage {
  readonly id = input.required<string>();

  private readonly api = inject(InquiriesApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  protected readonly text = INQUIRIES_TEXT;
  protected readonly standingLabels = SUPPLIER_STANDING_LABELS;
  protected readonly platformLabels = PLATFORM_LABELS;

  protected readonly data = signal<SupplierQuoteComparison | null>(null);
  protected readonly picked = signal<Set<number>>(new Set());
  protected readonly busy = signal(false);
  protected readonly title = computed(() => this.i18n.t(INQUIRIES_TEXT.comparisonTitle, { number: this.data()?.inquiry.number ?? '' }));

  constructor() {
    effect(() => {
      const id = Number(this.id());
      this.i18n.lang();
      untracked(() =>
        this.api.comparison(id).subscribe({
          next: (d) => {
            this.data.set(d);
            this.picked.set(new Set(d.lines.map((l) => l.id)));
          },
          error: (err: unknown) => {
            this.notify.error(err);
            void this.router.navigate(['/inquiries', id]);
          },
        }),
      );
    });
  }

  protected offer(line: SupplierQuoteComparison['lines'][number], supplierId: number): Offer | undefined {
    return line.offers.find((o) => o.supplierId === supplierId);
  }

  protected toggle(lineId: number, on: boolean): void {
    this.picked.update((s) => {
      const next = new Set(s);
      if (on) next.add(lineId);
      else next.delete(lineId);
      return next;
    });
  }

  /**
   * POST /api/negotiations (the negotiations module). Until that module answers, the button goes to
   * its new-sheet screen with the inquiry and supplier, which opens it from there.
   */
  protected negotiate(supplierId: number): void {
    const d = this.data()!;
    const lines = [...this.picked()];
    this.busy.set(true);
    this.api.openNegotiation(d.inquiry.id, supplierId, lines).subscribe({
      next: (n) => void this.router.navigate(['/negotiations', n.id]),
      error: (err: unknown) => {
        this.busy.set(false);
        const status = toProblem(err).status;
        if (status === 404 || status === 405) {
          void this.router.navigate(['/negotiations/new'], { queryParams: { inquiry: d.inquiry.id, supplier: supplierId, lines: lines.join(',') } });
        } else {
          this.notify.error(err);
        }
      },
    });
  }
}
