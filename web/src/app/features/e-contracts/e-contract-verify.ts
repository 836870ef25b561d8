import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { groupedHash } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { EContractsApi, type EContractVerification } from './e-contracts.api';
import { E_CONTRACT_TEXT } from './e-contracts.text';

/** 合同验真: upload a PDF, learn whether it is byte for byte a contract signed in the portal, and which. */
@Component({
  selector: 'app-e-contract-verify',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TrPipe, AppDatePipe],
  template: `
    <div class="page">
      <div class="page-header">
        <a mat-icon-button routerLink="/e-contracts" [attr.aria-label]="text.backToList | tr"><mat-icon>arrow_back</mat-icon></a>
        <h1>{{ text.verifyTitle | tr }}</h1>
      </div>
      <section class="card">
        <p class="muted">{{ text.verifyHint | tr }}</p>
        <input #file type="file" accept="application/pdf,.pdf" hidden (change)="chosen(file)" data-testid="verify-file" />
        <button mat-flat-button type="button" (click)="file.click()" [disabled]="busy()" data-testid="verify-choose"><mat-icon>upload_file</mat-icon>{{ text.chooseFile | tr }}</button>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        @if (result(); as r) {
          <div class="result" [attr.data-match]="r.match" data-testid="verify-result">
            <mat-icon>{{ r.match ? 'verified' : 'gpp_bad' }}</mat-icon>
            <div>
              @if (r.match && r.contract) {
                <p class="strong">{{ text.match | tr: { number: r.contract.number, copy: (r.copy === 'signed' ? text.copySigned : text.copyContract) | tr } }}</p>
                <p>{{ r.contract.title }} · {{ r.contract.supplierName }} · {{ r.contract.signedAt | appDate: 'dateTime' }}</p>
                @for (s of r.contract.signatures; track s.side) {
                  <div class="muted small">{{ s.signer.name }} · {{ s.roleLabel }} {{ s.signedAt | appDate: 'dateTime' }}</div>
                }
                <a mat-button [routerLink]="['/e-contracts', r.contract.id]">{{ text.open | tr }}</a>
              } @else {
                <p class="strong">{{ text.noMatch | tr }}</p>
              }
              <div class="muted small">{{ name() }} · {{ text.size | tr: { n: r.size } }}</div>
              <div class="muted small">{{ text.fileHash | tr }} <code>{{ grouped(r.sha256) }}</code></div>
            </div>
          </div>
        }
      </section>
    </div>
  `,
  styles: `
    .result { display: flex; gap: 12px; margin-top: 16px; padding: 12px 16px; border-radius: 8px; }
    .result[data-match='true'] { background: #c9f0d3; color: #0b5322; }
    .result[data-match='false'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .strong { font-weight: 600; }
    code { font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EContractVerifyPage {
  private readonly api = inject(EContractsApi);
  private readonly notify = inject(Notify);
  protected readonly text = E_CONTRACT_TEXT;
  protected readonly busy = signal(false);
  protected readonly result = signal<EContractVerification | null>(null);
  protected readonly name = signal('');
  protected readonly grouped = groupedHash;

  protected chosen(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.busy.set(true);
    this.result.set(null);
    this.name.set(file.name);
    this.api.verify(file).subscribe({
      next: (r) => {
        this.busy.set(false);
        this.result.set(r);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.notify.error(err);
      },
    });
  }
}
