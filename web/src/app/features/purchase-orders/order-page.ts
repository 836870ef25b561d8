import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  calendarDay,
  deliveryLineProblem,
  MATCH_MISMATCH_LABELS,
  MATCH_STATUS_LABELS,
  orderableQty,
  PLATFORM_LABELS,
  VC_STATUS_LABELS,
} from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { FenPipe } from '../../shared/money.pipe';
import { recordPage } from '../../shared/record-page';
import { CancelOrderDialog } from './cancel-order-dialog';
import { PurchaseOrdersApi, type PurchaseOrder } from './purchase-orders.api';
import { PURCHASE_ORDERS_TEXT } from './purchase-orders.text';

interface DeliveryDraft {
  received: string;
  accepted: string;
  rejected: string;
  reason: string;
}

/**
 * One order: its lines with what arrived, the virtual contract (upload the platform's order page,
 * see who confirmed it), deliveries with their returns, and the three-way match. The buying unit's
 * clerk records deliveries here; everyone else reads.
 */
@Component({
  selector: 'app-order-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TrPipe,
    FenPipe,
    AppDatePipe,
  ],
  providers: [provideAppDayAdapter()],
  templateUrl: './order-page.html',
  styleUrl: './order-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderPage {
  readonly id = input.required<string>();

  private readonly api = inject(PurchaseOrdersApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  private readonly dialog = inject(MatDialog);
  protected readonly text = PURCHASE_ORDERS_TEXT;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly vcLabels = VC_STATUS_LABELS;
  protected readonly matchLabels = MATCH_STATUS_LABELS;
  protected readonly mismatchLabels = MATCH_MISMATCH_LABELS;
  protected readonly today = calendarDay(new Date());

  private readonly page = recordPage({ id: this.id, get: (id) => this.api.get(id), shown: (o) => this.resetDrafts(o) });
  protected readonly order = this.page.record;
  protected readonly busy = this.page.busy;
  protected readonly receivedOn = signal(this.today);
  protected readonly receiver = signal('');
  protected readonly drafts = signal<Record<number, DeliveryDraft>>({});
  private key = crypto.randomUUID();

  /** A new order page may go up until the head has it or has confirmed it. */
  protected readonly canUpload = computed(() => {
    const o = this.order();
    return !!o && o.editable && o.status === 'open' && (!o.vc || o.vc.status === 'returned' || o.vc.status === 'draft');
  });
  /**
   * The clerk may cancel while nothing arrived, was invoiced or paid; a live payment request, which
   * the page does not know of, is refused by the server naming it.
   */
  protected readonly canCancel = computed(() => {
    const o = this.order();
    // A contract order follows its signed e-contract: it is not called off from here (the API refuses too).
    return !!o && o.source === 'mall' && o.editable && o.status === 'open' && o.deliveries.length === 0 && o.match.invoicedFen === 0 && o.match.paidFen === 0;
  });
  protected readonly open = computed(() => (this.order()?.lines ?? []).filter((l) => orderableQty(l.quantity, l.received) > 0));
  protected readonly deliveryChecks = computed(() => {
    const drafts = this.drafts();
    return this.open().map((l) => {
      const d = drafts[l.id] ?? { received: '', accepted: '', rejected: '0', reason: '' };
      const figures = { received: Number(d.received), accepted: Number(d.accepted), rejected: Number(d.rejected || 0), rejectionReason: d.reason };
      const entered = d.received.trim() !== '' && figures.received > 0;
      return { line: l, draft: d, entered, figures, problem: entered ? deliveryLineProblem(l.quantity, l.received, figures) : null };
    });
  });
  protected readonly canDeliver = computed(
    () => !!this.receiver().trim() && this.deliveryChecks().some((c) => c.entered) && this.deliveryChecks().every((c) => !c.entered || !c.problem),
  );

  private resetDrafts(o: PurchaseOrder): void {
    const drafts: Record<number, DeliveryDraft> = {};
    for (const l of o.lines) drafts[l.id] = { received: '', accepted: '', rejected: '0', reason: '' };
    this.drafts.set(drafts);
  }

  protected edit(lineId: number, patch: Partial<DeliveryDraft>): void {
    this.drafts.update((all) => {
      const next = { ...all[lineId], ...patch };
      // Typing what arrived fills what was accepted, the usual case; a rejection takes from it.
      if (patch.received !== undefined && (all[lineId].accepted === '' || all[lineId].accepted === all[lineId].received)) next.accepted = patch.received;
      return { ...all, [lineId]: next };
    });
  }

  protected upload(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    const o = this.order();
    if (file && o) this.page.run(this.api.attach(o.id, file), (r) => this.notify.ok(this.text.uploaded, { number: r.vc?.number ?? '' }));
  }

  protected deliver(): void {
    const o = this.order();
    if (!o || !this.canDeliver()) return;
    const lines = this.deliveryChecks()
      .filter((c) => c.entered)
      .map((c) => ({
        orderLineId: c.line.id,
        received: c.figures.received,
        accepted: c.figures.accepted,
        rejected: c.figures.rejected,
        ...(c.figures.rejected > 0 ? { rejectionReason: c.draft.reason.trim() } : {}),
      }));
    this.page.run(this.api.deliver(o.id, { receivedOn: this.receivedOn(), receiver: this.receiver().trim(), note: '', lines }, this.key), () => {
      this.key = crypto.randomUUID();
      this.receiver.set('');
      this.notify.ok(this.text.delivered);
    });
  }

  /** 审核: the head reviews a contract order's delivery; only then may its goods be settled. */
  protected review(deliveryId: number, number: string): void {
    const o = this.order();
    if (o) this.page.run(this.api.review(o.id, deliveryId), () => this.notify.ok(this.text.reviewed, { number }));
  }

  protected cancel(): void {
    const o = this.order();
    if (!o) return;
    CancelOrderDialog.open(this.dialog, { id: o.id, number: o.number, version: o.version }).subscribe((r) => {
      if (!r) return;
      if (r === 'stale') {
        this.notify.ok(this.text.stale);
        this.page.reload();
        return;
      }
      this.page.show(r);
      this.notify.ok(this.text.cancelled, { number: r.number });
    });
  }

  protected lineName(id: number): string {
    const l = this.order()?.lines.find((x) => x.id === id);
    if (!l) return '';
    return this.i18n.lang() === 'en' && l.item?.nameEn ? l.item.nameEn : l.description;
  }
}
