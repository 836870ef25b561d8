import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, ReactiveFormsModule, Validators, type FormGroup, type FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { allocateFen, formatFen, INSTALMENT_METHODS, instalmentsRemaining, parseYuan, type InstalmentMethod } from '@portal/domain';
import { toProblem } from '../../core/http/problem';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { FenPipe } from '../../shared/money.pipe';
import { isStaleVersion } from '../../shared/server-errors';
import { AdAgreementsApi, type Agreement, type AgreementQuote, type InstalmentInput } from './ad-agreements.api';
import { AD_AGREEMENTS_TEXT, METHOD_LABELS } from './ad-agreements.text';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';

type InstalmentRow = FormGroup<{ dueOn: FormControl<string>; amount: FormControl<string>; method: FormControl<InstalmentMethod> }>;

/**
 * A new agreement from an accepted quote, or a draft's terms: the fee standard and the
 * collection schedule, whose instalments must add up to the quote's amount to the fen. The
 * editor shows what is left to schedule and refuses to save a mismatch; the API refuses it too.
 */
@Component({
  selector: 'app-agreement-editor',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatDatepickerModule, MatInputModule, MatProgressBarModule, MatSelectModule, MatTooltipModule, TrPipe, FenPipe, AppDatePipe],
  providers: [provideAppDayAdapter()],
  templateUrl: './agreement-editor.html',
  styleUrl: './agreement-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementEditor {
  /** From the route when editing a draft (withComponentInputBinding). */
  readonly id = input<string>();

  private readonly api = inject(AdAgreementsApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly text = AD_AGREEMENTS_TEXT;
  protected readonly common = COMMON;
  protected readonly methods = INSTALMENT_METHODS;
  protected readonly methodLabels = METHOD_LABELS;

  protected readonly quotes = signal<AgreementQuote[] | null>(null);
  protected readonly agreement = signal<Agreement | null>(null);
  protected readonly saving = signal(false);
  /** One key per form: a resent create after a lost answer replays instead of making a second agreement. */
  private readonly key = crypto.randomUUID();

  protected readonly form = this.fb.group({
    quoteId: this.fb.control<number | null>(null, Validators.required),
    feeStandard: this.fb.control('', [Validators.required, Validators.maxLength(2000)]),
    instalments: new FormArray<InstalmentRow>([]),
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  protected readonly quote = computed(() => {
    const id = this.value().quoteId;
    return this.quotes()?.find((q) => q.id === id) ?? null;
  });
  protected readonly amountFen = computed(() => this.agreement()?.amountFen ?? this.quote()?.netFen ?? null);
  /** Each row's amount in fen; null where the typed text is not money. */
  private readonly rowFen = computed(() => (this.value().instalments ?? []).map((i) => parseYuan(i.amount ?? '')));
  protected readonly remainingFen = computed(() => {
    const amount = this.amountFen();
    if (amount === null) return null;
    return instalmentsRemaining(amount, this.rowFen().map((f) => ({ amountFen: f ?? 0 })));
  });
  protected readonly canSave = computed(() => this.remainingFen() === 0 && this.rowFen().every((f) => f !== null && f > 0) && !this.saving());

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => (id ? this.loadDraft(Number(id)) : this.loadQuotes()));
    });
  }

  protected get rows(): FormArray<InstalmentRow> {
    return this.form.controls.instalments;
  }

  private loadQuotes(): void {
    this.api.quotes().subscribe({
      next: (r) => this.quotes.set(r.items),
      error: (err: unknown) => {
        this.quotes.set([]);
        this.notify.error(err);
      },
    });
    // A new quote starts its schedule over: one instalment of the whole amount on the last flight day.
    this.form.controls.quoteId.valueChanges.subscribe((id) => {
      const q = this.quotes()?.find((x) => x.id === id);
      if (!q) return;
      this.form.controls.feeStandard.setValue(this.i18n.t(AD_AGREEMENTS_TEXT.defaultFeeStandard, { number: q.number }));
      this.setRows([{ dueOn: q.startsOn, amountFen: q.netFen, method: 'bank_transfer' }]);
    });
  }

  private loadDraft(id: number): void {
    this.api.get(id).subscribe({
      next: (a) => {
        this.agreement.set(a);
        this.quotes.set([{ id: a.quote.id, number: a.quote.number, unit: a.unit, customer: a.customer, netFen: a.amountFen, startsOn: a.startsOn, endsOn: a.endsOn }]);
        this.form.controls.quoteId.setValue(a.quote.id);
        this.form.controls.quoteId.disable();
        this.form.controls.feeStandard.setValue(a.feeStandard);
        this.setRows(a.instalments);
      },
      error: (err: unknown) => {
        this.notify.error(err);
        void this.router.navigate(['/ad-agreements']);
      },
    });
  }

  private row(i: InstalmentInput): InstalmentRow {
    return this.fb.group({
      dueOn: this.fb.control(i.dueOn, Validators.required),
      amount: this.fb.control(i.amountFen ? formatFen(i.amountFen).replace(/,/g, '') : '', Validators.required),
      method: this.fb.control<InstalmentMethod>(i.method),
    });
  }

  private setRows(items: InstalmentInput[]): void {
    this.rows.clear();
    for (const i of items) this.rows.push(this.row(i));
  }

  protected add(): void {
    const last = this.rows.at(this.rows.length - 1)?.getRawValue();
    const left = Math.max(this.remainingFen() ?? 0, 0);
    this.rows.push(this.row({ dueOn: last?.dueOn ?? this.quote()?.endsOn ?? '', amountFen: left, method: last?.method ?? 'bank_transfer' }));
  }

  protected remove(index: number): void {
    this.rows.removeAt(index);
  }

  /** The amount over the instalments as they stand, to the fen (the first ones take the odd fen). */
  protected splitEvenly(): void {
    const amount = this.amountFen();
    if (amount === null || this.rows.length === 0) return;
    const shares = allocateFen(amount, this.rows.controls.map(() => 1));
    this.rows.controls.forEach((r, i) => r.controls.amount.setValue(formatFen(shares[i]).replace(/,/g, '')));
  }

  protected save(): void {
    if (this.form.invalid || !this.canSave()) {
      this.form.markAllAsTouched();
      return;
    }
    const raw = this.form.getRawValue();
    const terms = {
      feeStandard: raw.feeStandard.trim(),
      instalments: raw.instalments.map((i) => ({ dueOn: i.dueOn, amountFen: parseYuan(i.amount)!, method: i.method })),
    };
    const draft = this.agreement();
    this.saving.set(true);
    const call = draft ? this.api.update(draft.id, draft.version, terms) : this.api.create(raw.quoteId!, terms, this.key);
    call.subscribe({
      next: (a) => {
        this.saving.set(false);
        this.notify.ok(draft ? AD_AGREEMENTS_TEXT.saved : AD_AGREEMENTS_TEXT.created, { number: a.number });
        void this.router.navigate(['/ad-agreements', a.id]);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        if (draft && isStaleVersion(toProblem(err))) {
          this.notify.ok(AD_AGREEMENTS_TEXT.stale);
          this.loadDraft(draft.id);
        } else {
          this.notify.error(err);
        }
      },
    });
  }

  protected remainingText(): { text: typeof AD_AGREEMENTS_TEXT.remaining; amount: string } | null {
    const r = this.remainingFen();
    if (r === null || r === 0) return null;
    return { text: r > 0 ? AD_AGREEMENTS_TEXT.remaining : AD_AGREEMENTS_TEXT.over, amount: `¥${formatFen(Math.abs(r))}` };
  }
}
