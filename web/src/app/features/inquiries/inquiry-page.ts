import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { INQUIRY_EDITOR_ROLES, INQUIRY_STATUS_LABELS, parseYuan, SUPPLIER_STANDING_LABELS } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { LocalNamePipe } from '../../shared/local-name.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { isStaleVersion } from '../../shared/server-errors';
import { toProblem } from '../../core/http/problem';
import { selectHoldsAny } from '../../core/session/holds-role';
import { selectUser } from '../../core/session/session.reducer';
import { InquiriesApi, type Inquiry, type SupplierQuoteList } from './inquiries.api';
import { INQUIRIES_TEXT } from './inquiries.text';

interface QuoteRow {
  inquiryLineId: number;
  price: string;
  taxRate: string;
  deliveryDays: string;
  note: string;
}

/**
 * One inquiry. The buyer sees who has quoted and, until the deadline, no price (the API sends none);
 * a supplier contact sees only its own company and quotes here, revising until the deadline.
 */
@Component({
  selector: 'app-inquiry-page',
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TrPipe, FenPipe, AppDatePipe, LocalNamePipe],
  templateUrl: './inquiry-page.html',
  styleUrl: './inquiry-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InquiryPage {
  readonly id = input.required<string>();

  private readonly api = inject(InquiriesApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly user = inject(Store).selectSignal(selectUser);
  protected readonly text = INQUIRIES_TEXT;
  protected readonly common = COMMON;
  protected readonly statusLabels = INQUIRY_STATUS_LABELS;
  protected readonly standingLabels = SUPPLIER_STANDING_LABELS;

  protected readonly inquiry = signal<Inquiry | null>(null);
  protected readonly quotes = signal<SupplierQuoteList | null>(null);
  protected readonly busy = signal(false);
  protected readonly rows = signal<QuoteRow[]>([]);
  protected readonly validUntil = signal('');
  protected readonly notes = signal('');

  protected readonly isContact = computed(() => (this.user()?.supplierId ?? null) !== null);
  protected readonly isClerk = inject(Store).selectSignal(selectHoldsAny(INQUIRY_EDITOR_ROLES));
  protected readonly canQuote = computed(() => {
    const i = this.inquiry();
    return this.isContact() && !!i && !i.quotesOpen && i.status !== 'closed';
  });
  protected readonly lineName = computed(() => new Map((this.inquiry()?.lines ?? []).map((l) => [l.id, `${l.lineNo}. ${l.description}`])));

  constructor() {
    effect(() => {
      const id = Number(this.id());
      this.i18n.lang();
      untracked(() => this.load(id));
    });
  }

  private load(id: number): void {
    this.api.get(id).subscribe({
      next: (i) => {
        this.inquiry.set(i);
        this.api.quotes(id).subscribe({ next: (q) => this.fillFrom(i, q), error: (err: unknown) => this.notify.error(err) });
      },
      error: (err: unknown) => {
        this.notify.error(err);
        void this.router.navigate(['/inquiries']);
      },
    });
  }

  /** The form starts from the contact's latest revision, so a revision changes only what it must. */
  private fillFrom(i: Inquiry, q: SupplierQuoteList): void {
    this.quotes.set(q);
    const latest = this.isContact() ? q.items[0] : undefined;
    this.rows.set(
      i.lines.map((l) => {
        const ql = latest?.lines.find((x) => x.inquiryLineId === l.id);
        return {
          inquiryLineId: l.id,
          price: ql ? (ql.unitPriceFen / 100).toFixed(2) : '',
          taxRate: ql ? String(ql.taxRateBp / 100) : '13',
          deliveryDays: ql ? String(ql.deliveryDays) : '7',
          note: ql?.note ?? '',
        };
      }),
    );
    this.validUntil.set(latest?.validUntil ?? new Intl.DateTimeFormat('sv-SE').format(new Date(Date.now() + 30 * 86_400_000)));
    this.notes.set(latest?.notes ?? '');
  }

  protected supplierName(id: number): string {
    return this.inquiry()?.suppliers.find((s) => s.supplierId === id)?.name ?? '';
  }

  protected setRow(i: number, patch: Partial<QuoteRow>): void {
    this.rows.update((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  }

  protected submitQuote(): void {
    const i = this.inquiry()!;
    const lines = this.rows()
      .filter((r) => r.price.trim() !== '')
      .map((r) => ({
        inquiryLineId: r.inquiryLineId,
        unitPriceFen: parseYuan(r.price) ?? -1,
        taxRateBp: Math.round(Number(r.taxRate) * 100),
        deliveryDays: Number(r.deliveryDays),
        note: r.note.trim(),
      }));
    this.busy.set(true);
    this.api.submitQuote(i.id, { validUntil: this.validUntil(), notes: this.notes().trim(), lines }).subscribe({
      next: (q) => {
        this.busy.set(false);
        this.notify.ok(INQUIRIES_TEXT.quoteSent, { revision: q.revision });
        this.load(i.id);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.notify.error(err);
        this.load(i.id);
      },
    });
  }

  protected close(): void {
    const i = this.inquiry()!;
    ConfirmDialog.ask(this.dialog, { title: INQUIRIES_TEXT.close, message: INQUIRIES_TEXT.closeAsk, confirm: INQUIRIES_TEXT.close, danger: true }).subscribe((ok) => {
      if (!ok) return;
      this.api.close(i.id, i.version).subscribe({
        next: (after) => {
          this.inquiry.set(after);
          this.notify.ok(INQUIRIES_TEXT.closed);
        },
        error: (err: unknown) => {
          if (isStaleVersion(toProblem(err))) this.notify.ok(INQUIRIES_TEXT.stale);
          else this.notify.error(err);
          this.load(i.id);
        },
      });
    });
  }
}
