import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { calendarDay, formatYuan, PAYMENT_KIND_LABELS, PAYMENT_METHOD_LABELS } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { fieldErrors } from '../../shared/field-errors';
import { FenPipe } from '../../shared/money.pipe';
import { recordPage } from '../../shared/record-page';
import { showServerErrors } from '../../shared/server-errors';
import { SettlementApi, type PaymentRequestDetail } from './settlement.api';
import { PAYMENT_TEXT } from './settlement.text';
import { OrderAmounts } from './order-amounts';
import { SettlementStatus } from './status-chip';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';

/** One payment request: its orders and register rows; the clerk submits or discards it, finance pays or reverses it here. */
@Component({
  selector: 'app-payment-request-detail',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatDatepickerModule, MatInputModule, TrPipe, FenPipe, AppDatePipe, SettlementStatus, OrderAmounts],
  providers: [provideAppDayAdapter()],
  template: `
    <div class="page">
      @if (r(); as r) {
        <div class="page-header">
          <a mat-icon-button routerLink="/payment-requests" [attr.aria-label]="text.backToList | tr"><mat-icon>arrow_back</mat-icon></a>
          <h1>
            <span class="mono" data-testid="pr-number">{{ r.number }}</span>
            <app-settlement-status [status]="r.status" />
            @if (r.prepayment) {
              <span class="status-chip" data-status="submitted">{{ text.prepayment | tr }}</span>
            }
          </h1>
          @if (r.can.submit) {
            <button mat-flat-button type="button" (click)="submit(r)" [disabled]="busy()" data-testid="pr-submit"><mat-icon>send</mat-icon>{{ text.submit | tr }}</button>
          }
          @if (r.can.discard) {
            <button mat-stroked-button type="button" (click)="discard(r)" [disabled]="busy()" data-testid="pr-discard"><mat-icon>delete</mat-icon>{{ text.discard | tr }}</button>
          }
          @if (r.approval) {
            <a mat-button [routerLink]="['/approvals/requests', r.approval.requestId]" data-testid="pr-approval"><mat-icon>fact_check</mat-icon>{{ text.approval | tr }}</a>
          }
        </div>

        <section class="card facts">
          <dl>
            <div><dt>{{ text.supplier | tr }}</dt><dd>{{ r.supplier.name }}</dd></div>
            <div><dt>{{ text.unit | tr }}</dt><dd>{{ r.unit.name }}</dd></div>
            <div><dt>{{ text.amountShort | tr }}</dt><dd data-testid="pr-amount">{{ r.amountFen | fen }}</dd></div>
            <div><dt>{{ text.paid | tr }}</dt><dd data-testid="pr-net-paid">{{ r.netPaidFen | fen }}</dd></div>
            <div><dt>{{ text.payee | tr }}</dt><dd>{{ r.payee }}</dd></div>
            <div><dt>{{ text.method | tr }}</dt><dd>{{ methodLabels[r.method] | tr }}</dd></div>
            @if (r.method === 'bank') {
              <div><dt>{{ text.bank | tr }}</dt><dd>{{ r.bank }}</dd></div>
              <div><dt>{{ text.account | tr }}</dt><dd class="mono">{{ r.account }}</dd></div>
            }
            <div><dt>{{ text.createdBy | tr }}</dt><dd>{{ r.createdBy?.name ?? '—' }} · {{ r.createdAt | appDate: 'dateTime' }}</dd></div>
          </dl>
          @if (r.note) {
            <p class="note">{{ r.note }}</p>
          }
        </section>

        <app-order-amounts [title]="text.orders" [orders]="r.orders" [withDate]="true" />

        <section class="card">
          <h2>{{ text.register | tr }}</h2>
          @if (r.payments.length === 0) {
            <p class="muted">{{ text.noPayments | tr }}</p>
          } @else {
            <div class="scroll">
              <table class="lines" data-testid="pr-payments">
                <thead>
                  <tr>
                    <th>{{ text.entry | tr }}</th>
                    <th>{{ text.kind | tr }}</th>
                    <th>{{ text.paidOn | tr }}</th>
                    <th>{{ text.payingAccount | tr }}</th>
                    <th>{{ text.bankRef | tr }}</th>
                    <th>{{ text.reason | tr }}</th>
                    <th class="num">{{ text.amountShort | tr }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (p of r.payments; track p.id) {
                    <tr>
                      <td class="mono">{{ p.number }}</td>
                      <td>{{ kindLabels[p.kind] | tr }}</td>
                      <td class="nowrap">{{ p.paidOn | appDate }}</td>
                      <td>{{ p.payingAccount }}</td>
                      <td class="mono">{{ p.bankRef }}</td>
                      <td>{{ p.reason ?? '' }}</td>
                      <td class="num" [class.negative]="p.amountFen < 0">{{ p.amountFen | fen }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }

          @if (r.can.pay) {
            <form class="inline-form" [formGroup]="payForm" (ngSubmit)="pay(r)">
              <h2>{{ text.payTitle | tr }}</h2>
              <div class="grid">
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ text.paidOn | tr }}</mat-label>
                  <input matInput [matDatepicker]="paidPicker" formControlName="paidOn" data-testid="pay-date" />
                  <mat-datepicker-toggle matIconSuffix [for]="paidPicker" />
                  <mat-datepicker #paidPicker />
                  <mat-error>{{ payError('paidOn') }}</mat-error>
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ text.payingAccount | tr }}</mat-label>
                  <input matInput formControlName="payingAccount" data-testid="pay-account" />
                  <mat-error>{{ payError('payingAccount') }}</mat-error>
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ text.bankRef | tr }}</mat-label>
                  <input matInput formControlName="bankRef" data-testid="pay-ref" />
                </mat-form-field>
              </div>
              <div class="actions">
                <button mat-flat-button type="submit" [disabled]="busy()" data-testid="pay-save"><mat-icon>payments</mat-icon>{{ text.pay | tr }}</button>
              </div>
            </form>
          }

          @if (r.can.reverse) {
            <form class="inline-form" [formGroup]="reverseForm" (ngSubmit)="reverse(r)">
              <h2>{{ text.reverseTitle | tr }}</h2>
              <mat-form-field class="wide" subscriptSizing="dynamic">
                <mat-label>{{ text.reason | tr }}</mat-label>
                <input matInput formControlName="reason" data-testid="reverse-reason" />
                <mat-error>{{ reverseError('reason') }}</mat-error>
              </mat-form-field>
              <div class="actions">
                <button mat-stroked-button type="submit" [disabled]="busy()" data-testid="reverse-save"><mat-icon>undo</mat-icon>{{ text.reverse | tr }}</button>
              </div>
            </form>
          }
        </section>
      }
    </div>
  `,
  styleUrl: './settlement-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentRequestDetailPage {
  private readonly api = inject(SettlementApi);
  private readonly notify = inject(Notify);
  private readonly dialog = inject(MatDialog);
  /** The route's :id (component input binding). */
  readonly id = input.required<string>();
  protected readonly text = PAYMENT_TEXT;
  protected readonly methodLabels = PAYMENT_METHOD_LABELS;
  protected readonly kindLabels = PAYMENT_KIND_LABELS;
  private readonly page = recordPage({ id: this.id, get: (id) => this.api.request(id), byLanguage: false });
  protected readonly r = this.page.record;
  protected readonly busy = this.page.busy;
  /** One key per screen for each money write: a retried click pays or reverses nothing twice. */
  private readonly payKey = crypto.randomUUID();
  private readonly reverseKey = crypto.randomUUID();

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly payForm = this.fb.group({
    paidOn: [calendarDay(new Date()), Validators.required],
    payingAccount: ['', [Validators.required, Validators.maxLength(100)]],
    bankRef: ['', Validators.maxLength(100)],
  });
  protected readonly reverseForm = this.fb.group({ reason: ['', [Validators.required, Validators.maxLength(500)]] });
  protected readonly payError = fieldErrors(this.payForm);
  protected readonly reverseError = fieldErrors(this.reverseForm);

  protected submit(r: PaymentRequestDetail): void {
    this.run(this.api.submit(r.id, r.version), PAYMENT_TEXT.submitted);
  }

  protected discard(r: PaymentRequestDetail): void {
    const params = { number: r.number, amount: formatYuan(r.amountFen) };
    const t = PAYMENT_TEXT;
    ConfirmDialog.ask(this.dialog, { title: t.discardTitle, message: t.discardMessage, params, confirm: t.discard, danger: true }).subscribe((ok) => {
      if (ok) this.run(this.api.discard(r.id, r.version), t.discardDone, undefined, params);
    });
  }

  protected pay(r: PaymentRequestDetail): void {
    this.payForm.markAllAsTouched();
    if (this.payForm.invalid) return;
    this.run(this.api.pay(r.id, this.payForm.getRawValue(), this.payKey), PAYMENT_TEXT.payDone, this.payForm);
  }

  protected reverse(r: PaymentRequestDetail): void {
    this.reverseForm.markAllAsTouched();
    if (this.reverseForm.invalid) return;
    this.run(this.api.reverse(r.id, this.reverseForm.getRawValue(), this.reverseKey), PAYMENT_TEXT.reverseDone, this.reverseForm);
  }

  private run(
    call: ReturnType<SettlementApi['submit']>,
    done: { zh: string; en: string },
    form?: typeof this.payForm | typeof this.reverseForm,
    params?: Record<string, unknown>,
  ): void {
    this.page.run(call, () => this.notify.ok(done, params), (err) => !!form && showServerErrors(form, toProblem(err)));
  }
}
