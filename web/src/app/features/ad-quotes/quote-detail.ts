import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { AD_INTERNAL_COPY_ROLES, FULL_PRICE_BP } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { selectUser } from '../../core/session/session.reducer';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { fileDownloads } from '../../shared/download';
import { LocalNamePipe } from '../../shared/local-name.pipe';
import { FenPipe, SharePercentPipe, ZhePipe } from '../../shared/money.pipe';
import { recordPage } from '../../shared/record-page';
import { ApprovalTimeline } from '../approvals/approval-timeline';
import { ApprovalsApi, type ApprovalRequest } from '../approvals/approvals.api';
import { AdQuotesApi, type Quote, type QuoteAction, type QuoteCopy } from './ad-quotes.api';
import { AD_QUOTES_TEXT, PRICING_UNIT_LABELS, QUOTE_ACTION_TEXT, QUOTE_STATUS_LABELS } from './ad-quotes.text';
import { QuoteStatusChip } from './quote-status';
import { decisionText } from './quote-editor.state';

type PlainAction = Exclude<QuoteAction, 'edit'>;
/** The order the buttons stand in, the usual next step first. */
const ACTION_ORDER: PlainAction[] = ['submit', 'send', 'accept', 'decline', 'cancel'];

/**
 * One quotation: who it is for, its lines against the card, the discount it gives, its
 * approval, the actions the API says this user may take now, and its PDF and Excel.
 */
@Component({
  selector: 'app-quote-detail',
  imports: [AppDatePipe, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule, TrPipe, FenPipe, ZhePipe, SharePercentPipe, LocalNamePipe, QuoteStatusChip, ApprovalTimeline],
  templateUrl: './quote-detail.html',
  styleUrl: './quote-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuoteDetail {
  readonly id = input.required<string>();

  private readonly api = inject(AdQuotesApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = AD_QUOTES_TEXT;
  protected readonly common = COMMON;
  protected readonly actionText = QUOTE_ACTION_TEXT;
  protected readonly pricingUnitLabels = PRICING_UNIT_LABELS;
  protected readonly statusLabels = QUOTE_STATUS_LABELS;
  protected readonly fullPrice = FULL_PRICE_BP;

  private readonly approvals = inject(ApprovalsApi);
  /** The approval request with its timeline; 'hidden' when the engine shows it only to its participants. */
  protected readonly request = signal<ApprovalRequest | 'hidden' | null>(null);
  // Names and labels come from the API in the reader's language: switching reloads them.
  private readonly page = recordPage({
    id: this.id,
    get: (id) => this.api.get(id),
    back: '/ad-quotes',
    stale: AD_QUOTES_TEXT.stale,
    shown: (q) => this.loadRequest(q),
  });
  protected readonly quote = this.page.record;
  protected readonly busy = this.page.busy;
  private readonly downloads = fileDownloads<'pdf' | 'xlsx' | 'internal'>();
  protected readonly downloading = this.downloads.busy;
  private readonly user = inject(Store).selectSignal(selectUser);
  /** The PDF/Excel buttons give the customer's copy; staff other than branch marketers may also print the internal one. */
  protected readonly canInternalCopy = computed(() => (this.user()?.roles ?? []).some((g) => AD_INTERNAL_COPY_ROLES.includes(g.role)));

  protected readonly actions = computed(() => {
    const allowed = this.quote()?.actions ?? [];
    return ACTION_ORDER.filter((a) => allowed.includes(a));
  });
  protected readonly canEdit = computed(() => this.quote()?.actions.includes('edit') ?? false);
  /** After line discounts, before the bundle: the lines' own nets. */
  protected readonly subtotalFen = computed(() => (this.quote()?.lines ?? []).reduce((s, l) => s + l.netFen, 0));
  protected readonly savingFen = computed(() => {
    const q = this.quote();
    return q ? q.listFen - q.netFen : 0;
  });
  protected readonly decisionLine = computed(() => {
    const q = this.quote();
    this.i18n.lang();
    return q?.decision ? decisionText(q.decision, q.unit.name, (t, p) => this.i18n.t(t, p)) : '';
  });

  private loadRequest(q: Quote): void {
    const id = q.approval?.requestId;
    if (!id) return this.request.set(null);
    // The API says whether this reader may open the request; asking anyway would only earn a 404.
    if (!q.approval?.readable) return this.request.set('hidden');
    this.approvals.request(id).subscribe({
      next: (r) => this.request.set(r),
      // 403/404: the engine shows a request to its submitter, approvers and auditors only.
      error: () => this.request.set('hidden'),
    });
  }

  protected requestOf(r: ApprovalRequest | 'hidden' | null): ApprovalRequest | null {
    return r && r !== 'hidden' ? r : null;
  }

  protected act(action: PlainAction): void {
    const q = this.quote();
    if (!q) return;
    const t = QUOTE_ACTION_TEXT[action];
    const params = { number: q.number, customer: q.customer.name };
    ConfirmDialog.ask(this.dialog, { title: t.title, message: t.message, params, confirm: t.button, danger: action === 'cancel' || action === 'decline' }).subscribe(
      (ok) => {
        if (ok) this.page.run(this.api.act(q.id, action, q.version), () => this.notify.ok(t.done, params));
      },
    );
  }

  protected download(format: 'pdf' | 'xlsx', copy: QuoteCopy = 'customer'): void {
    const q = this.quote();
    if (!q || this.downloading()) return;
    this.downloads.start(copy === 'internal' ? 'internal' : format, this.api.download(q.id, format, `${q.number}${copy === 'internal' ? '-internal' : ''}.${format}`, copy));
  }
}
