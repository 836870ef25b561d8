import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { groupedHash, NEGOTIATION_SIDE_LABELS } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { fileDownloads } from '../../shared/download';
import { FenPipe } from '../../shared/money.pipe';
import { B2bStatus } from '../negotiations/state-chip';
import { EContractsApi, type EContractDetail } from './e-contracts.api';
import { E_CONTRACT_TEXT } from './e-contracts.text';

/**
 * One e-contract, for the clerk and the supplier's contact alike: its status, the hash of the file
 * both sign, the signatures, the PDF, and the sign button for the caller's side (confirming the
 * hash it signs). The buyer's button waits for the head's approval above the policy amount.
 */
@Component({
  selector: 'app-e-contract-detail',
  imports: [RouterLink, MatButtonModule, MatIconModule, TrPipe, FenPipe, AppDatePipe, B2bStatus],
  template: `
    <div class="page">
      @if (c(); as c) {
        <div class="page-header">
          <a mat-icon-button routerLink="/e-contracts" [attr.aria-label]="text.backToList | tr"><mat-icon>arrow_back</mat-icon></a>
          <h1>
            <span class="mono" data-testid="e-contract-number">{{ c.number }}</span>
            <app-b2b-status kind="contract" [status]="c.status" />
          </h1>
          <button mat-stroked-button type="button" (click)="download(c)" [disabled]="!!files.busy()" data-testid="e-contract-pdf">
            <mat-icon>picture_as_pdf</mat-icon>{{ (c.signedSha256 ? text.downloadSigned : text.download) | tr }}
          </button>
          @if (c.approval && c.mySide !== 'supplier') {
            <a mat-button [routerLink]="['/approvals/requests', c.approval.requestId]" data-testid="e-contract-approval"><mat-icon>fact_check</mat-icon>{{ text.approval | tr }}</a>
          }
          @if (c.can.submit) {
            <button mat-stroked-button type="button" (click)="resubmit(c)" [disabled]="busy()" data-testid="e-contract-submit"><mat-icon>send</mat-icon>{{ text.resubmit | tr }}</button>
          }
        </div>

        @if (c.status === 'awaiting_approval') {
          <p class="notice" data-testid="e-contract-waiting">{{ text.waitingApproval | tr }}</p>
        }

        <section class="card facts">
          <dl>
            <div><dt>{{ text.subject | tr }}</dt><dd>{{ c.title }}</dd></div>
            <div><dt>{{ text.supplier | tr }}</dt><dd>{{ c.supplier.name }}</dd></div>
            <div><dt>{{ text.unit | tr }}</dt><dd>{{ c.unit.name }}</dd></div>
            <div>
              <dt>{{ text.negotiation | tr }}</dt>
              <dd><a class="link mono" [routerLink]="['/negotiations', c.negotiation.id]">{{ c.negotiation.number }}</a> {{ text.versionNo | tr: { n: c.negotiation.versionNo } }}</dd>
            </div>
            <div><dt>{{ text.amount | tr }}</dt><dd data-testid="e-contract-total">{{ c.totalFen | fen }}<div class="muted small">{{ text.inWords | tr }}{{ text.colon | tr }}{{ c.totalInWords }}</div></dd></div>
            <div><dt>{{ text.createdBy | tr }}</dt><dd>{{ c.createdBy?.name ?? '—' }} · {{ c.createdAt | appDate: 'dateTime' }}</dd></div>
            @if (c.signedAt) {
              <div><dt>{{ text.signedAt | tr }}</dt><dd>{{ c.signedAt | appDate: 'dateTime' }}</dd></div>
            }
            @if (c.orderId) {
              <div>
                <dt>{{ text.order | tr }}</dt>
                <dd><a class="link" [routerLink]="['/purchase-orders', c.orderId]" data-testid="e-contract-order">{{ text.openOrder | tr }}</a></dd>
              </div>
            }
          </dl>
          <div class="hash"><span class="muted small">{{ text.hash | tr }}</span><code data-testid="e-contract-sha256">{{ grouped(c.sha256) }}</code></div>
          @if (c.signedSha256) {
            <div class="hash"><span class="muted small">{{ text.signedHash | tr }}</span><code data-testid="e-contract-signed-sha256">{{ grouped(c.signedSha256) }}</code></div>
          }
        </section>

        <section class="card">
          <h2>{{ text.signatures | tr }}</h2>
          @for (s of c.signatures; track s.side) {
            <div class="signature" [attr.data-testid]="'signature-' + s.side">
              <mat-icon>verified</mat-icon>
              <div>
                <strong>{{ sideLabels[s.side] | tr }}</strong> · {{ s.signer.name }} · {{ s.roleLabel }} · {{ s.signedAt | appDate: 'dateTime' }}
                <div class="muted small"><code>SHA-256 {{ grouped(s.sha256) }}</code></div>
              </div>
            </div>
          } @empty {
            <p class="muted">{{ text.noSignatures | tr }}</p>
          }
          @if (c.can.sign && c.mySide) {
            <div class="sign-box">
              <p>{{ text.signConfirm | tr: { side: sideLabels[c.mySide] | tr } }}</p>
              <code>{{ grouped(c.sha256) }}</code>
              <div class="actions">
                <button mat-flat-button type="button" (click)="sign(c)" [disabled]="busy()" data-testid="e-contract-sign"><mat-icon>draw</mat-icon>{{ text.sign | tr }}</button>
              </div>
            </div>
          }
        </section>
      }
    </div>
  `,
  styleUrl: '../negotiations/b2b-form.scss',
  styles: `
    .hash { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; margin-top: 8px; }
    code { font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
    .signature { display: flex; gap: 8px; padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .signature mat-icon { color: #0b5322; }
    .sign-box { margin-top: 12px; padding: 12px; border: 1px dashed var(--mat-sys-outline); border-radius: 8px; }
    .notice { background: #fff1c2; color: #6b4d00; padding: 10px 14px; border-radius: 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EContractDetailPage implements OnInit {
  private readonly api = inject(EContractsApi);
  private readonly notify = inject(Notify);
  /** The route's :id (component input binding). */
  readonly id = input.required<string>();
  protected readonly text = E_CONTRACT_TEXT;
  protected readonly sideLabels = NEGOTIATION_SIDE_LABELS;
  protected readonly c = signal<EContractDetail | null>(null);
  protected readonly busy = signal(false);
  protected readonly files = fileDownloads<'pdf'>();
  protected readonly grouped = groupedHash;

  ngOnInit(): void {
    this.api.get(Number(this.id())).subscribe({ next: (c) => this.c.set(c), error: (err: unknown) => this.notify.error(err) });
  }

  protected download(c: EContractDetail): void {
    this.files.start('pdf', this.api.pdf(c));
  }

  protected sign(c: EContractDetail): void {
    this.run(this.api.sign(c.id, c.sha256), this.text.signed);
  }

  protected resubmit(c: EContractDetail): void {
    this.run(this.api.submit(c.id), this.text.submitted);
  }

  private run(call: ReturnType<EContractsApi['sign']>, done: { zh: string; en: string }): void {
    this.busy.set(true);
    call.subscribe({
      next: (c) => {
        this.busy.set(false);
        this.c.set(c);
        this.notify.ok(done);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.notify.error(err);
      },
    });
  }
}
