import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type FormGroup, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { calendarDay, formatFen } from '@portal/domain';
import { map, startWith } from 'rxjs';
import { toProblem } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { controlErrors, fieldErrors } from '../../shared/field-errors';
import { showServerErrors } from '../../shared/server-errors';
import { UnitsApi } from '../admin/units/units.api';
import { flattenUnits, unitName } from '../admin/units/unit-tree';
import { CustomersApi } from '../customers/customers.api';
import { JournalApi, type Account, type ManualLine } from './journal.api';
import { JOURNAL_TEXT } from './journal.text';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';

/** Yuan as typed → fen; null when empty. At most two decimals. */
function toFen(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  return Math.round(Number(v) * 100);
}

function amountCheck(c: AbstractControl): ValidationErrors | null {
  if (c.value === null || c.value === '') return null;
  const n = Number(c.value);
  return Number.isFinite(n) && n > 0 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6 ? null : { amount: true };
}

/** A line takes a debit or a credit, not both and not neither. */
function oneSide(g: AbstractControl): ValidationErrors | null {
  const d = toFen(g.get('debit')!.value);
  const c = toFen(g.get('credit')!.value);
  return (d === null) === (c === null) ? { oneSide: true } : null;
}

/** 新增手工凭证: lines on leaf accounts, each a debit or a credit, checked for balance as they are typed. */
@Component({
  selector: 'app-new-entry-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatDatepickerModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    TrPipe,
  ],
  providers: [provideAppDayAdapter()],
  template: `
    <div class="page">
      <div class="page-header">
        <a mat-icon-button routerLink=".." [attr.aria-label]="text.back | tr" [matTooltip]="text.back | tr"><mat-icon>arrow_back</mat-icon></a>
        <h1>{{ text.newTitle | tr }}</h1>
      </div>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <form [formGroup]="form" (ngSubmit)="submit()" class="card" data-testid="entry-form">
        <div class="row">
          <mat-form-field appearance="outline" class="date">
            <mat-label>{{ text.entryDate | tr }}</mat-label>
            <input matInput [matDatepicker]="entryPicker" formControlName="entryDate" data-testid="entry-date" />
            <mat-datepicker-toggle matIconSuffix [for]="entryPicker" />
            <mat-datepicker #entryPicker />
            <mat-error data-testid="error-entryDate">{{ error('entryDate') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" class="grow">
            <mat-label>{{ text.memo | tr }}</mat-label>
            <input matInput formControlName="memo" maxlength="200" autocomplete="off" data-testid="entry-memo" />
            <mat-error data-testid="error-memo">{{ error('memo') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ text.reason | tr }}</mat-label>
          <input matInput formControlName="reason" maxlength="500" autocomplete="off" data-testid="entry-reason" />
          <mat-hint>{{ text.reasonHint | tr }}</mat-hint>
          <mat-error data-testid="error-reason">{{ error('reason') }}</mat-error>
        </mat-form-field>

        <h2>{{ text.lines | tr }} <span class="muted small">{{ text.leafOnly | tr }}</span></h2>
        <div formArrayName="lines" class="lines">
          @for (line of lines.controls; track line; let i = $index) {
            <div class="line" [formGroupName]="i" [attr.data-testid]="'line-' + i">
              <mat-form-field appearance="outline" class="account">
                <mat-label>{{ text.account | tr }}</mat-label>
                <mat-select formControlName="accountCode" [attr.data-testid]="'line-account-' + i">
                  @for (a of leaves(); track a.code) {
                    <mat-option [value]="a.code">{{ a.code }} {{ accountName(a) }}</mat-option>
                  }
                </mat-select>
                <mat-error>{{ lineError(line.get('accountCode')!) }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline" class="amount">
                <mat-label>{{ text.debit | tr }}</mat-label>
                <input matInput type="number" inputmode="decimal" min="0" step="0.01" formControlName="debit" [attr.data-testid]="'line-debit-' + i" />
                <mat-error>{{ lineError(line.get('debit')!) }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline" class="amount">
                <mat-label>{{ text.credit | tr }}</mat-label>
                <input matInput type="number" inputmode="decimal" min="0" step="0.01" formControlName="credit" [attr.data-testid]="'line-credit-' + i" />
                <mat-error>{{ lineError(line.get('credit')!) }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline" class="dim">
                <mat-label>{{ text.unit | tr }}</mat-label>
                <mat-select formControlName="unitId" [attr.data-testid]="'line-unit-' + i">
                  <mat-option [value]="null">{{ text.noUnit | tr }}</mat-option>
                  @for (u of units(); track u.id) {
                    <mat-option [value]="u.id"><span [style.padding-inline-start.em]="u.depth">{{ u.label }}</span></mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field appearance="outline" class="dim">
                <mat-label>{{ text.customer | tr }}</mat-label>
                <mat-select formControlName="customerId" [attr.data-testid]="'line-customer-' + i">
                  <mat-option [value]="null">{{ text.noUnit | tr }}</mat-option>
                  @for (c of customers(); track c.id) {
                    <mat-option [value]="c.id">{{ c.name }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <button mat-icon-button type="button" (click)="removeLine(i)" [disabled]="lines.length <= 2" [attr.aria-label]="text.removeLine | tr" [matTooltip]="text.removeLine | tr">
                <mat-icon>delete</mat-icon>
              </button>
              @if (line.touched && line.errors?.['oneSide']) {
                <div class="line-error" [attr.data-testid]="'line-one-side-' + i">{{ text.oneSide | tr }}</div>
              }
            </div>
          }
        </div>
        @if (linesError()) {
          <div class="line-error" data-testid="error-lines">{{ linesError() }}</div>
        }
        <div class="foot">
          <button mat-stroked-button type="button" (click)="addLine()" data-testid="entry-add-line"><mat-icon>add</mat-icon>{{ text.addLine | tr }}</button>
          <span class="balance" [class.ok]="balance().balanced" [class.bad]="!balance().balanced" data-testid="entry-balance">{{ balanceText() }}</span>
          <button mat-flat-button type="submit" [disabled]="busy() || !balance().balanced" data-testid="entry-post">{{ text.post | tr }}</button>
        </div>
      </form>
    </div>
  `,
  styleUrl: './journal.scss',
  styles: `
    .card { display: block; background: var(--mat-sys-surface); border-radius: 12px; padding: 16px; }
    .row { display: flex; flex-wrap: wrap; gap: 0 12px; }
    .row .grow { flex: 1 1 260px; }
    .row .date { flex: 0 1 180px; }
    .full { width: 100%; }
    h2 { font: var(--mat-sys-title-small); margin: 16px 0 8px; }
    .line { display: flex; flex-wrap: wrap; gap: 0 8px; align-items: baseline; border-bottom: 1px solid var(--mat-sys-outline-variant); padding-top: 8px; }
    .line .account { flex: 2 1 220px; }
    .line .amount { flex: 1 1 110px; }
    .line .dim { flex: 1 1 150px; }
    .line-error { color: var(--mat-sys-error); font: var(--mat-sys-body-small); flex-basis: 100%; padding-bottom: 8px; }
    .foot { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-top: 16px; }
    .balance { flex: 1; font-variant-numeric: tabular-nums; }
    .balance.ok { color: var(--mat-sys-primary); }
    .balance.bad { color: var(--mat-sys-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewEntryPage {
  private readonly api = inject(JournalApi);
  private readonly i18n = inject(I18n);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder);
  protected readonly text = JOURNAL_TEXT;
  protected readonly busy = signal(false);
  /** Drawn once per form: pressing Post again after a lost answer replays the first entry. */
  private key = crypto.randomUUID();

  protected readonly accounts = signal<Account[]>([]);
  protected readonly leaves = computed(() => this.accounts().filter((a) => a.leaf && a.active));
  protected readonly units = signal<{ id: number; label: string; depth: number }[]>([]);
  protected readonly customers = signal<{ id: number; name: string }[]>([]);

  protected readonly lines = new FormArray<FormGroup>([this.newLine(), this.newLine()]);
  protected readonly form = this.fb.group({
    entryDate: [calendarDay(new Date()), Validators.required],
    memo: ['', [Validators.required, Validators.maxLength(200)]],
    reason: ['', [Validators.required, Validators.maxLength(500)]],
    lines: this.lines,
  });
  protected readonly error = fieldErrors(this.form, { maxlength: COMMON.tooLong });
  protected readonly lineError = controlErrors({ amount: JOURNAL_TEXT.badAmount });
  protected readonly linesError = signal('');

  private readonly values = toSignal(this.lines.valueChanges.pipe(startWith(null), map(() => this.lines.getRawValue())), { initialValue: [] });
  /** What the server will check: debits equal credits, in fen. */
  protected readonly balance = computed(() => {
    let debit = 0;
    let credit = 0;
    for (const l of this.values() as { debit: unknown; credit: unknown }[]) {
      debit += toFen(l.debit) ?? 0;
      credit += toFen(l.credit) ?? 0;
    }
    return { debit, credit, balanced: debit === credit && debit > 0 };
  });
  protected readonly balanceText = computed(() => {
    const b = this.balance();
    if (b.balanced) return this.i18n.t(JOURNAL_TEXT.balanced, { amount: `¥${formatFen(b.debit)}` });
    return this.i18n.t(JOURNAL_TEXT.unbalanced, { debit: `¥${formatFen(b.debit)}`, credit: `¥${formatFen(b.credit)}`, diff: `¥${formatFen(Math.abs(b.debit - b.credit))}` });
  });

  constructor() {
    this.api.accounts().subscribe((as) => this.accounts.set(as));
    inject(UnitsApi)
      .list()
      .subscribe((us) => this.units.set(flattenUnits(us.filter((u) => u.active)).map((n) => ({ id: n.unit.id, label: unitName(n.unit, this.i18n.lang()), depth: n.depth }))));
    inject(CustomersApi)
      .list({ page: 1, pageSize: 200 })
      .subscribe((page) => this.customers.set(page.items.filter((c) => c.active).map((c) => ({ id: c.id, name: c.name }))));
    // The server's complaint about the lines goes once they change.
    this.lines.valueChanges.subscribe(() => this.linesError.set(''));
  }

  private newLine(): FormGroup {
    return this.fb.group(
      {
        accountCode: [null as string | null, Validators.required],
        debit: [null as number | null, amountCheck],
        credit: [null as number | null, amountCheck],
        unitId: [null as number | null],
        customerId: [null as number | null],
      },
      { validators: oneSide },
    );
  }

  protected accountName(a: Account): string {
    return this.i18n.lang() === 'en' && a.nameEn ? a.nameEn : a.name;
  }

  protected addLine(): void {
    this.lines.push(this.newLine());
  }

  protected removeLine(i: number): void {
    if (this.lines.length > 2) this.lines.removeAt(i);
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid || !this.balance().balanced) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const lines: ManualLine[] = (v.lines as { accountCode: string; debit: unknown; credit: unknown; unitId: number | null; customerId: number | null }[]).map((l) => {
      const d = toFen(l.debit);
      const c = toFen(l.credit);
      return { accountCode: l.accountCode, ...(d !== null ? { debitFen: d } : { creditFen: c! }), unitId: l.unitId, customerId: l.customerId };
    });
    this.busy.set(true);
    this.api.post({ entryDate: v.entryDate!, memo: v.memo!.trim(), reason: v.reason!.trim(), lines }, this.key).subscribe({
      next: (entry) => {
        this.busy.set(false);
        this.notify.ok(JOURNAL_TEXT.posted, { number: entry.number });
        void this.router.navigate(['/journal', entry.id]);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        // Refused: the next press is a new attempt (the server released the key), but a changed form must not reuse it.
        this.key = crypto.randomUUID();
        const problem = toProblem(err);
        // Unbalanced, not a leaf: the server's words under the lines. A closed month: under the date.
        if (problem.errors?.some((e) => e.path === 'lines')) this.linesError.set(problem.detail ?? '');
        if (!showServerErrors(this.form, problem, { period: 'entryDate' })) this.notify.error(err);
      },
    });
  }
}
