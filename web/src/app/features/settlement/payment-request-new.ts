import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS, parseYuan, type PaymentMethod } from '@portal/domain';
import { catchError, map, of } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { fieldErrors } from '../../shared/field-errors';
import { FenPipe } from '../../shared/money.pipe';
import { showServerErrors } from '../../shared/server-errors';
import { SettlementApi, type OwedOrder } from './settlement.api';
import { PAYMENT_TEXT } from './settlement.text';

const yuanValidator = (c: AbstractControl) => {
  const fen = parseYuan(String(c.value ?? ''));
  return c.value === '' || (fen !== null && fen > 0) ? null : { amount: true };
};

/** 申请汇款: pick the supplier, tick its orders that still owe, say how much and where it goes. */
@Component({
  selector: 'app-payment-request-new',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TrPipe, FenPipe, AppDatePipe],
  template: `
    <div class="page">
      <div class="page-header">
        <a mat-icon-button routerLink="/payment-requests" [attr.aria-label]="text.backToList | tr"><mat-icon>arrow_back</mat-icon></a>
        <h1>{{ text.newTitle | tr }}</h1>
      </div>
      <form [formGroup]="form" (ngSubmit)="save()" class="card">
        <mat-form-field class="wide" subscriptSizing="dynamic">
          <mat-label>{{ text.pickSupplier | tr }}</mat-label>
          <mat-select formControlName="supplierId" data-testid="pr-supplier">
            @for (s of suppliers(); track s.id) {
              <mat-option [value]="s.id">{{ s.shopName }}</mat-option>
            }
          </mat-select>
        </mat-form-field>

        @if (owed(); as o) {
          <h2>{{ text.owedOrders | tr }}</h2>
          @if (o.orders.length === 0) {
            <p class="muted" data-testid="pr-no-owed">{{ text.noOwed | tr }}</p>
          } @else {
            <div class="scroll">
              <table class="lines" data-testid="pr-orders">
                <thead>
                  <tr>
                    <th></th>
                    <th>{{ text.order | tr }}</th>
                    <th>{{ text.orderedOn | tr }}</th>
                    <th class="num">{{ text.orderTotal | tr }}</th>
                    <th class="num">{{ text.refund | tr }}</th>
                    <th class="num">{{ text.requested | tr }}</th>
                    <th class="num">{{ text.owed | tr }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of o.orders; track r.orderId) {
                    <tr>
                      <td>
                        <mat-checkbox [checked]="picked().has(r.orderId)" [disabled]="r.owedFen === 0" (change)="toggle(r)" [attr.data-testid]="'pr-pick-' + r.number" />
                      </td>
                      <td>
                        <span class="mono">{{ r.number }}</span>
                        <div class="muted small">{{ r.platformOrderNo }} · {{ r.fullyDelivered ? (text.delivered | tr) : (text.notDelivered | tr) }}</div>
                        @if (r.awaitingReview.length) {
                          <div class="awaiting-review small" [attr.data-testid]="'pr-awaiting-review-' + r.number">
                            {{ text.awaitingReview | tr: { deliveries: r.awaitingReview.join('、') } }}
                          </div>
                        }
                      </td>
                      <td class="nowrap">{{ r.orderedOn | appDate }}</td>
                      <td class="num">{{ r.totalFen | fen }}</td>
                      <td class="num">{{ r.refundFen | fen }}</td>
                      <td class="num">{{ r.requestedFen | fen }}</td>
                      <td class="num strong">{{ r.owedFen | fen }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            <p class="muted" data-testid="pr-selected-owed">{{ text.selectedOwed | tr: { owed: (selectedOwed() | fen) } }}</p>
          }
        }

        <div class="grid">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ text.amount | tr }}</mat-label>
            <input matInput formControlName="amount" inputmode="decimal" data-testid="pr-amount" />
            <mat-error>{{ error('amount') }}</mat-error>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ text.method | tr }}</mat-label>
            <mat-select formControlName="method" data-testid="pr-method">
              @for (m of methods; track m) {
                <mat-option [value]="m">{{ methodLabels[m] | tr }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ text.payee | tr }}</mat-label>
            <input matInput formControlName="payee" data-testid="pr-payee" />
            <mat-error>{{ error('payee') }}</mat-error>
          </mat-form-field>
          @if (form.controls.method.value === 'bank') {
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.bank | tr }}</mat-label>
              <input matInput formControlName="bank" data-testid="pr-bank" />
              <mat-error>{{ error('bank') }}</mat-error>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.account | tr }}</mat-label>
              <input matInput formControlName="account" data-testid="pr-account" />
              <mat-error>{{ error('account') }}</mat-error>
            </mat-form-field>
          }
          <mat-form-field class="wide" subscriptSizing="dynamic">
            <mat-label>{{ text.note | tr }}</mat-label>
            <input matInput formControlName="note" />
          </mat-form-field>
        </div>
        @if (orderError()) {
          <p class="error" role="alert">{{ orderError() | tr }}</p>
        }
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="pr-save"><mat-icon>save</mat-icon>{{ text.saveDraft | tr }}</button>
        </div>
      </form>
    </div>
  `,
  styleUrl: './settlement-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentRequestNew {
  private readonly api = inject(SettlementApi);
  private readonly router = inject(Router);
  private readonly notify = inject(Notify);
  protected readonly text = PAYMENT_TEXT;
  protected readonly methods = PAYMENT_METHODS;
  protected readonly methodLabels = PAYMENT_METHOD_LABELS;
  /** Drawn once per form: a retry of the same save creates nothing twice. */
  private readonly key = crypto.randomUUID();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    supplierId: [null as number | null, Validators.required],
    amount: ['', [Validators.required, yuanValidator]],
    method: ['bank' as PaymentMethod, Validators.required],
    payee: ['', [Validators.required, Validators.maxLength(200)]],
    bank: ['', Validators.maxLength(200)],
    account: ['', Validators.maxLength(64)],
    note: ['', Validators.maxLength(500)],
  });
  protected readonly error = fieldErrors(this.form, { amount: PAYMENT_TEXT.badAmount });

  protected readonly suppliers = toSignal(this.api.suppliers().pipe(map((p) => p.items), catchError(() => of([]))), { initialValue: [] });
  protected readonly owed = signal<{ orders: OwedOrder[] } | null>(null);
  protected readonly picked = signal<ReadonlySet<number>>(new Set());
  protected readonly saving = signal(false);
  protected readonly orderError = signal<{ zh: string; en: string } | null>(null);
  protected readonly selectedOwed = computed(() => (this.owed()?.orders ?? []).filter((o) => this.picked().has(o.orderId)).reduce((s, o) => s + o.owedFen, 0));

  constructor() {
    this.form.controls.supplierId.valueChanges.subscribe((id) => {
      this.owed.set(null);
      this.picked.set(new Set());
      if (id === null) return;
      this.api.owed(id).subscribe({
        next: (o) => {
          this.owed.set(o);
          // One owing order is the usual case: ticked, with what it owes as the amount.
          if (o.orders.length === 1 && o.orders[0].owedFen > 0) this.toggle(o.orders[0]);
          const supplier = this.suppliers().find((s) => s.id === id);
          if (!this.form.controls.payee.value && supplier) this.form.controls.payee.setValue(supplier.shopName);
        },
        error: (err: unknown) => this.notify.error(err),
      });
    });
  }

  protected toggle(o: OwedOrder): void {
    const next = new Set(this.picked());
    if (next.has(o.orderId)) next.delete(o.orderId);
    else next.add(o.orderId);
    this.picked.set(next);
    this.orderError.set(null);
    this.form.controls.amount.setValue(this.selectedOwed() ? (this.selectedOwed() / 100).toFixed(2) : '');
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.picked().size === 0) this.orderError.set(PAYMENT_TEXT.chooseOrders);
    if (this.form.invalid || this.picked().size === 0) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .createRequest(
        {
          supplierId: v.supplierId!,
          orderIds: [...this.picked()],
          amountFen: parseYuan(v.amount)!,
          payee: v.payee,
          method: v.method,
          bank: v.method === 'bank' ? v.bank : null,
          account: v.method === 'bank' ? v.account : null,
          note: v.note,
        },
        this.key,
      )
      .subscribe({
        next: (r) => {
          this.notify.ok(PAYMENT_TEXT.created, { number: r.number });
          void this.router.navigate(['/payment-requests', r.id]);
        },
        error: (err: unknown) => {
          this.saving.set(false);
          if (!showServerErrors(this.form, toProblem(err), { amountFen: 'amount', orderIds: 'supplierId' })) this.notify.error(err);
        },
      });
  }
}
