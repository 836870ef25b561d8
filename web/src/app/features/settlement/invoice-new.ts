import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { calendarDay, COMPANY_INVOICE_PROFILE, INVOICE_KIND_LABELS, INVOICE_KINDS, parseYuan, VAT_RATES_BP, type InvoiceKind } from '@portal/domain';
import { catchError, map, of } from 'rxjs';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { fieldErrors } from '../../shared/field-errors';
import { FenPipe } from '../../shared/money.pipe';
import { showServerErrors } from '../../shared/server-errors';
import { SettlementApi, type InvoiceableOrder } from './settlement.api';
import { INVOICE_TEXT } from './settlement.text';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';

const money = (c: AbstractControl) => (c.value === '' || parseYuan(String(c.value)) !== null ? null : { amount: true });
const fen = (v: string | undefined) => parseYuan(v ?? '') ?? 0;

/** 登记发票: the invoice as printed, and which orders it covers with the part of each. */
@Component({
  selector: 'app-invoice-new',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatDatepickerModule, MatInputModule, MatSelectModule, TrPipe, FenPipe],
  providers: [provideAppDayAdapter()],
  template: `
    <div class="page">
      <div class="page-header">
        <a mat-icon-button routerLink="/purchase-invoices" [attr.aria-label]="text.backToList | tr"><mat-icon>arrow_back</mat-icon></a>
        <h1>{{ text.create | tr }}</h1>
      </div>
      <form [formGroup]="form" (ngSubmit)="save()">
        <section class="card">
          <div class="grid">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.kind | tr }}</mat-label>
              <mat-select formControlName="kind" data-testid="inv-kind">
                @for (k of kinds; track k) {
                  <mat-option [value]="k">{{ kindLabels[k] | tr }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.code | tr }}</mat-label>
              <input matInput formControlName="code" inputmode="numeric" data-testid="inv-code" />
              <mat-hint>{{ text.codeHint | tr }}</mat-hint>
              <mat-error>{{ error('code') }}</mat-error>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.invoiceNo | tr }}</mat-label>
              <input matInput formControlName="invoiceNo" inputmode="numeric" data-testid="inv-number" />
              <mat-hint>{{ text.invoiceNoHint | tr }}</mat-hint>
              <mat-error>{{ error('invoiceNo') }}</mat-error>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.issuedOn | tr }}</mat-label>
              <input matInput [matDatepicker]="issuedPicker" formControlName="issuedOn" data-testid="inv-date" />
              <mat-datepicker-toggle matIconSuffix [for]="issuedPicker" />
              <mat-datepicker #issuedPicker />
              <mat-error>{{ error('issuedOn') }}</mat-error>
            </mat-form-field>
            <mat-form-field class="wide" subscriptSizing="dynamic">
              <mat-label>{{ text.header | tr }}</mat-label>
              <input matInput formControlName="header" data-testid="inv-header" />
              <mat-error>{{ error('header') }}</mat-error>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.sellerName | tr }}</mat-label>
              <input matInput formControlName="sellerName" data-testid="inv-seller" />
              <mat-error>{{ error('sellerName') }}</mat-error>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.sellerTaxId | tr }}</mat-label>
              <input matInput formControlName="sellerTaxId" data-testid="inv-seller-tax-id" />
              <mat-error>{{ error('sellerTaxId') }}</mat-error>
            </mat-form-field>
          </div>
        </section>

        <section class="card">
          <h2>{{ text.buyer | tr }}</h2>
          <button mat-stroked-button type="button" (click)="fillOurs()" data-testid="inv-fill-ours"><mat-icon>business</mat-icon>{{ text.fillOurs | tr }}</button>
          <div class="grid">
            @for (f of buyerFields; track f) {
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>{{ text[f] | tr }}</mat-label>
                <input matInput [formControlName]="f" [attr.data-testid]="'inv-' + f" />
                <mat-error>{{ error(f) }}</mat-error>
              </mat-form-field>
            }
          </div>
        </section>

        <section class="card">
          <div class="grid">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.amount | tr }}</mat-label>
              <input matInput formControlName="amount" inputmode="decimal" data-testid="inv-amount" />
              <mat-error>{{ error('amount') }}</mat-error>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.rate | tr }}</mat-label>
              <mat-select formControlName="taxRateBp" data-testid="inv-rate">
                @for (r of rates; track r) {
                  <mat-option [value]="r">{{ r / 100 }}%</mat-option>
                }
              </mat-select>
              <mat-error>{{ error('taxRateBp') }}</mat-error>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.tax | tr }}</mat-label>
              <input matInput formControlName="tax" inputmode="decimal" data-testid="inv-tax" />
              <mat-error>{{ error('tax') }}</mat-error>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ text.totalFen | tr }}</mat-label>
              <input matInput formControlName="total" inputmode="decimal" data-testid="inv-total" />
              <mat-error>{{ error('total') }}</mat-error>
            </mat-form-field>
          </div>

          <h2>{{ text.orders | tr }}</h2>
          @if (orders().length === 0) {
            <p class="muted">{{ text.noInvoiceable | tr }}</p>
          } @else {
            <div class="scroll">
              <table class="lines fit" data-testid="inv-orders">
                <tbody>
                  @for (o of orders(); track o.orderId) {
                    <tr>
                      <td>
                        <span class="mono">{{ o.number }}</span>
                        <div class="muted small">{{ o.supplier.name }} · {{ text.invoiceable | tr: { amount: (o.invoiceableFen | fen) } }}</div>
                      </td>
                      <td class="part">
                        <input class="part-input" inputmode="decimal" [value]="parts()[o.orderId] ?? ''" (input)="setPart(o, $any($event.target).value)" [attr.aria-label]="o.number" [attr.data-testid]="'inv-part-' + o.number" />
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            <p class="muted" data-testid="inv-parts-sum">{{ text.partsSum | tr: { parts: (partsFen() | fen), total: (totalFen() | fen) } }}</p>
          }
          @if (partsError()) {
            <p class="error" role="alert" data-testid="inv-parts-error">{{ partsError() }}</p>
          }
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="saving()" data-testid="inv-save"><mat-icon>save</mat-icon>{{ text.record | tr }}</button>
          </div>
        </section>
      </form>
    </div>
  `,
  styleUrl: './settlement-form.scss',
  styles: `
    .part-input { width: 120px; padding: 6px 8px; font: inherit; text-align: end; border: 1px solid var(--mat-sys-outline); border-radius: 4px; background: transparent; color: inherit; }
    td.part { text-align: end; }
    /* Two columns (the order, its part) fit a phone: the part's box stays in sight rather than off to the right. */
    table.lines.fit { min-width: 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceNew {
  private readonly api = inject(SettlementApi);
  private readonly router = inject(Router);
  private readonly notify = inject(Notify);
  protected readonly text = INVOICE_TEXT;
  protected readonly kinds = INVOICE_KINDS;
  protected readonly kindLabels = INVOICE_KIND_LABELS;
  protected readonly rates = VAT_RATES_BP;
  protected readonly buyerFields = ['buyerTaxId', 'buyerAddress', 'buyerPhone', 'buyerBank', 'buyerAccount'] as const;
  private readonly key = crypto.randomUUID();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['ordinary' as InvoiceKind, Validators.required],
    code: ['', Validators.pattern(/^\d*$/)],
    invoiceNo: ['', [Validators.required, Validators.pattern(/^\d+$/)]],
    issuedOn: [calendarDay(new Date()), Validators.required],
    header: [COMPANY_INVOICE_PROFILE.name as string, Validators.required],
    sellerName: ['', Validators.required],
    sellerTaxId: ['', Validators.required],
    buyerTaxId: [''],
    buyerAddress: [''],
    buyerPhone: [''],
    buyerBank: [''],
    buyerAccount: [''],
    amount: ['', [Validators.required, money]],
    taxRateBp: [1300, Validators.required],
    tax: ['', [Validators.required, money]],
    total: ['', [Validators.required, money]],
  });
  protected readonly error = fieldErrors(this.form, { amount: INVOICE_TEXT.badAmount });

  protected readonly orders = toSignal(this.api.invoiceable().pipe(map((r) => r.items), catchError(() => of([] as InvoiceableOrder[]))), { initialValue: [] });
  protected readonly parts = signal<Partial<Record<number, string>>>({});
  protected readonly saving = signal(false);
  protected readonly partsError = signal<string | null>(null);
  private readonly totalText = toSignal(this.form.controls.total.valueChanges, { initialValue: '' });
  protected readonly totalFen = computed(() => fen(this.totalText()));
  protected readonly partsFen = computed(() => Object.values(this.parts()).reduce((s, v) => s + fen(v), 0));

  constructor() {
    // Amount and rate give the tax and the total, as printed; the clerk corrects a rounding difference by hand.
    const recompute = () => {
      const amount = parseYuan(this.form.controls.amount.value);
      if (amount === null) return;
      const tax = Math.round((amount * this.form.controls.taxRateBp.value) / 10000);
      this.form.patchValue({ tax: (tax / 100).toFixed(2), total: ((amount + tax) / 100).toFixed(2) });
    };
    this.form.controls.amount.valueChanges.subscribe(recompute);
    this.form.controls.taxRateBp.valueChanges.subscribe(recompute);
  }

  protected fillOurs(): void {
    const p = COMPANY_INVOICE_PROFILE;
    this.form.patchValue({ buyerTaxId: p.taxId, buyerAddress: p.address, buyerPhone: p.phone, buyerBank: p.bank, buyerAccount: p.account });
  }

  protected setPart(o: InvoiceableOrder, value: string): void {
    this.parts.set({ ...this.parts(), [o.orderId]: value });
    this.partsError.set(null);
  }

  protected save(): void {
    this.form.markAllAsTouched();
    const orders = Object.entries(this.parts())
      .map(([orderId, v]) => ({ orderId: Number(orderId), amountFen: fen(v) }))
      .filter((o) => o.amountFen > 0);
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const blank = (s: string) => s.trim() || null;
    this.saving.set(true);
    this.api
      .createInvoice(
        {
          kind: v.kind,
          code: v.code.trim(),
          invoiceNo: v.invoiceNo.trim(),
          issuedOn: v.issuedOn,
          header: v.header,
          sellerName: v.sellerName,
          sellerTaxId: v.sellerTaxId,
          buyerTaxId: blank(v.buyerTaxId),
          buyerAddress: blank(v.buyerAddress),
          buyerPhone: blank(v.buyerPhone),
          buyerBank: blank(v.buyerBank),
          buyerAccount: blank(v.buyerAccount),
          amountFen: fen(v.amount),
          taxRateBp: v.taxRateBp,
          taxFen: fen(v.tax),
          totalFen: fen(v.total),
          orders,
        },
        this.key,
      )
      .subscribe({
        next: (inv) => {
          this.notify.ok(INVOICE_TEXT.created, { number: inv.invoiceNo });
          void this.router.navigate(['/purchase-invoices', inv.id]);
        },
        error: (err: unknown) => {
          this.saving.set(false);
          const problem = toProblem(err);
          const orderError = problem.errors?.find((e) => e.path.startsWith('orders'));
          if (orderError) this.partsError.set(orderError.message);
          if (!showServerErrors(this.form, problem, { amountFen: 'amount', taxFen: 'tax', totalFen: 'total' }) && !orderError) this.notify.error(err);
        },
      });
  }
}
