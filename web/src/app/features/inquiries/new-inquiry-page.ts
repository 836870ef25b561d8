import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { PricesApi, type Item } from '../prices/prices.api';
import { InquiriesApi, type InquiryLineInput, type Supplier } from './inquiries.api';
import { INQUIRIES_TEXT } from './inquiries.text';

const day = (d: Date) => new Intl.DateTimeFormat('sv-SE').format(d);
/** `<input type="datetime-local">` wants local 'YYYY-MM-DDTHH:mm'. */
const localMinute = (d: Date) => `${day(d)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

function blankLine(): InquiryLineInput {
  return { itemId: null, description: '', spec: '', quantity: 1, uom: '', requiredOn: day(new Date(Date.now() + 14 * 86_400_000)) };
}

/** 新建询价单: what is wanted (catalogue items or free text), where and by when, the deadline and whom to ask. */
@Component({
  selector: 'app-new-inquiry-page',
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule, TrPipe],
  templateUrl: './new-inquiry-page.html',
  styleUrl: './inquiry-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewInquiryPage {
  private readonly api = inject(InquiriesApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  protected readonly text = INQUIRIES_TEXT;

  protected readonly items = signal<Item[]>([]);
  protected readonly suppliers = signal<Supplier[]>([]);
  protected readonly busy = signal(false);

  protected readonly title = signal('');
  protected readonly deliveryPlace = signal('');
  // Three days on at 17:00, a deadline suppliers can meet.
  protected readonly deadline = signal(localMinute(new Date(new Date(Date.now() + 3 * 86_400_000).setHours(17, 0, 0, 0))));
  protected readonly note = signal('');
  protected readonly lines = signal<InquiryLineInput[]>([blankLine()]);
  protected readonly supplierIds = signal<number[]>([]);

  constructor() {
    inject(PricesApi)
      .items({ page: 1, pageSize: 200, active: true })
      .subscribe({ next: (p) => this.items.set(p.items), error: () => this.items.set([]) });
    this.api.eligibleSuppliers().subscribe({ next: (p) => this.suppliers.set(p.items), error: () => this.suppliers.set([]) });
  }

  protected setLine(i: number, patch: Partial<InquiryLineInput>): void {
    this.lines.update((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  }

  protected pickItem(i: number, itemId: number | null): void {
    const item = this.items().find((x) => x.id === itemId);
    this.setLine(i, { itemId, description: item?.name ?? '', uom: item?.uom ?? '', spec: item?.spec ?? '' });
  }

  protected addLine(): void {
    this.lines.update((ls) => [...ls, blankLine()]);
  }

  protected removeLine(i: number): void {
    this.lines.update((ls) => ls.filter((_, j) => j !== i));
  }

  protected send(): void {
    this.busy.set(true);
    this.api
      .create({
        title: this.title().trim(),
        deliveryPlace: this.deliveryPlace().trim(),
        quoteDeadline: new Date(this.deadline()).toISOString(),
        note: this.note().trim(),
        lines: this.lines().map((l) => ({ ...l, quantity: Number(l.quantity) })),
        supplierIds: this.supplierIds(),
      })
      .subscribe({
        next: (inquiry) => {
          this.notify.ok(INQUIRIES_TEXT.sent, { number: inquiry.number });
          void this.router.navigate(['/inquiries', inquiry.id]);
        },
        error: (err: unknown) => {
          this.busy.set(false);
          this.notify.error(err);
        },
      });
  }
}
