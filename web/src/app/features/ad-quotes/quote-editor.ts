import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { FULL_PRICE_BP } from '@portal/domain';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap, type Observable } from 'rxjs';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import { toProblem } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { selectUser } from '../../core/session/session.reducer';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { isStaleVersion, serverError, showServerErrors } from '../../shared/server-errors';
import { unitName } from '../admin/units/unit-tree';
import { UnitsApi, type Unit } from '../admin/units/units.api';
import {
  AdQuotesApi,
  type AdSlot,
  type Customer,
  type DiscountAuthoritySetting,
  type Preview,
  type PreviewInput,
  type Quote,
  type QuoteInput,
} from './ad-quotes.api';
import { AD_QUOTES_TEXT, QUOTE_ACTION_TEXT } from './ad-quotes.text';
import {
  decisionText,
  lineComplete,
  liveDecision,
  liveTotals,
  parseZhe,
  priceKey,
  quoteScope,
  quoterRolesIn,
  quotingUnits,
  zheInput,
  type EditorLine,
} from './quote-editor.state';
import { formPaths, lineForm, quoteForm, type LineForm } from './quote-form';
import { lineConflicts, QuoteLines } from './quote-lines';
import { QuoteSummary } from './quote-summary';

/**
 * Writing a quotation: owner unit, customer, lines priced from the card of the month each
 * flight starts, discounts in 折. While typing it shows the totals, the paid share and who
 * will have to approve, by the domain's rule, then confirmed by the server's preview (which
 * also reports slot clashes: with accepted quotes they block, with open ones they warn).
 */
@Component({
  selector: 'app-quote-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTooltipModule,
    TrPipe,
    QuoteLines,
    MatDatepickerModule,
    QuoteSummary,
  ],
  // Date fields in the app's language, holding the API's YYYY-MM-DD (not the browser's 11/26/2026).
  providers: [provideAppDayAdapter()],
  templateUrl: './quote-editor.html',
  styleUrl: './quote-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuoteEditor {
  /** From the route (:id/edit); absent for a new quote. */
  readonly id = input<string>();

  private readonly api = inject(AdQuotesApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  private readonly user = inject(Store).selectSignal(selectUser);
  protected readonly text = AD_QUOTES_TEXT;
  protected readonly common = COMMON;
  protected readonly serverError = serverError;

  protected readonly form = quoteForm();

  protected readonly quote = signal<Quote | null>(null);
  protected readonly slots = signal<AdSlot[]>([]);
  private readonly slotById = computed(() => new Map(this.slots().map((s) => [s.id, s])));
  private readonly units = signal<Unit[]>([]);
  private readonly authority = signal<DiscountAuthoritySetting | null>(null);
  private readonly customerResults = signal<Customer[]>([]);
  /** The server's matches, narrowed to what is typed now so a slower answer never offers a stale list. */
  protected readonly customers = computed(() => {
    const typed = this.value().customer;
    const q = typeof typed === 'string' ? typed.trim().toLowerCase() : '';
    return this.customerResults().filter((c) => !q || [c.name, c.contact, c.phone, c.uscc].some((f) => (f ?? '').toLowerCase().includes(q)));
  });
  protected readonly saving = signal(false);

  /** Card prices the preview reported, by slot and month: the live totals use them at once. */
  private readonly prices = signal<ReadonlyMap<string, number>>(new Map());
  /** The last preview and the request it answered, so a stale answer is never shown as current. */
  private readonly preview = signal<{ key: string; indices: number[]; result: Preview } | null>(null);
  protected readonly previewing = signal(false);

  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  protected readonly unitChoices = computed(() => {
    const byId = new Map(this.units().map((u) => [u.id, u]));
    return quotingUnits(this.user()?.roles ?? [], this.units()).map((u) => ({ id: u.id, label: unitName(byId.get(u.id)!, this.i18n.lang()) }));
  });
  private readonly unitLabel = computed(() => this.unitChoices().find((u) => u.id === this.value().unitId)?.label ?? this.quote()?.unit.name ?? '');

  protected readonly editorLines = computed<EditorLine[]>(() =>
    this.value().lines.map((l) => ({
      slotId: l.slotId,
      pricingUnit: l.slotId === null ? null : (this.slotById().get(l.slotId)?.pricingUnit ?? null),
      startsOn: l.startsOn,
      endsOn: l.endsOn,
      shareBp: parseZhe(l.discount),
    })),
  );
  private readonly bundleBp = computed(() => parseZhe(this.value().bundle));
  protected readonly totals = computed(() => liveTotals(this.editorLines(), this.bundleBp(), this.prices()));

  /** What the server would be asked now: complete lines only, and where they sit in the form. */
  private readonly previewRequest = computed<{ key: string; indices: number[]; body: PreviewInput } | null>(() => {
    const unitId = this.value().unitId;
    const bundle = this.bundleBp();
    if (unitId === null || bundle === null) return null;
    const indices: number[] = [];
    const lines = this.editorLines().flatMap((l, i) => {
      if (!lineComplete(l)) return [];
      indices.push(i);
      return [{ slotId: l.slotId!, startsOn: l.startsOn, endsOn: l.endsOn, shareBp: l.shareBp! }];
    });
    if (lines.length === 0) return null;
    const id = this.quote()?.id;
    const body: PreviewInput = { unitId, bundleShareBp: bundle, lines, ...(id ? { quoteId: id } : {}) };
    // The language is part of the key: the server names the approvers' units in it.
    return { key: `${this.i18n.lang()}:${JSON.stringify(body)}`, indices, body };
  });

  /** The preview answers the form as it is now (not an older state of it). */
  protected readonly currentPreview = computed(() => {
    const p = this.preview();
    return p && p.key === this.previewRequest()?.key ? p : null;
  });

  /** Paid share: from the live totals once every line has a card price, else the server's. */
  protected readonly paidShareBp = computed<number | null>(() => {
    const t = this.totals();
    if (t.priced) return t.paidShareBp;
    return this.currentPreview()?.result.paidShareBp ?? null;
  });

  protected readonly decision = computed(() => {
    const server = this.currentPreview()?.result.decision;
    if (server) return server;
    const unitId = this.value().unitId;
    const bp = this.paidShareBp();
    if (unitId === null || bp === null) return null;
    return liveDecision({
      scope: quoteScope(unitId, this.units()),
      paidShareBp: bp,
      quoterRoles: quoterRolesIn(this.user()?.roles ?? [], unitId, this.units()),
      authority: this.authority(),
    });
  });
  protected readonly decisionLine = computed(() => {
    const d = this.decision();
    this.i18n.lang();
    return d ? decisionText(d, this.unitLabel(), (t, p) => this.i18n.t(t, p)) : '';
  });
  protected readonly conflicts = computed(() => {
    const p = this.currentPreview();
    this.i18n.lang();
    return lineConflicts(p?.result.conflicts ?? [], p?.indices ?? [], (t, params) => this.i18n.t(t, params));
  });

  protected readonly lineControls = computed(() => {
    this.value();
    return [...this.form.controls.lines.controls];
  });

  constructor() {
    this.api.slots().subscribe({ next: (s) => this.slots.set(s), error: (err: unknown) => this.notify.error(err) });
    inject(UnitsApi)
      .list()
      .subscribe({ next: (u) => this.units.set(u), error: () => this.units.set([]) });
    this.api.authority().subscribe({ next: (a) => this.authority.set(a), error: () => this.authority.set(null) });

    // The one quoting unit most users have is chosen for them.
    effect(() => {
      const choices = this.unitChoices();
      untracked(() => {
        if (this.form.controls.unitId.value === null && choices.length >= 1 && !this.id()) this.form.controls.unitId.setValue(choices[0].id);
      });
    });

    effect(() => {
      const id = this.id();
      untracked(() => (id ? this.load(Number(id)) : this.lines.length === 0 && this.addLine()));
    });

    this.form.controls.customer.valueChanges
      .pipe(
        filter((v): v is string => typeof v === 'string' || v === null),
        map((v) => v ?? ''),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => this.api.customers(q).pipe(catchError(() => of([] as Customer[])))),
        takeUntilDestroyed(),
      )
      .subscribe((list) => this.customerResults.set(list));
    // The first few customers before anything is typed.
    this.api.customers('').subscribe({ next: (list) => this.customerResults.set(list), error: () => undefined });

    toObservable(this.previewRequest)
      .pipe(
        debounceTime(300),
        filter((r): r is NonNullable<typeof r> => r !== null),
        distinctUntilChanged((a, b) => a.key === b.key),
        switchMap((r) => {
          this.previewing.set(true);
          return this.api.preview(r.body).pipe(
            map((result) => ({ ...r, result })),
            catchError((err: unknown) => {
              this.previewing.set(false);
              this.showProblem(err, false);
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((p) => {
        this.previewing.set(false);
        if (!p) return;
        const prices = new Map(this.prices());
        p.result.lines.forEach((line, k) => {
          const sent = p.body.lines[k];
          if (sent && line.units > 0 && line.cardId !== null) prices.set(priceKey(sent.slotId, sent.startsOn), line.unitPriceFen);
        });
        this.prices.set(prices);
        this.preview.set({ key: p.key, indices: p.indices, result: p.result });
      });
  }

  protected get lines(): FormArray<LineForm> {
    return this.form.controls.lines;
  }

  protected addLine(from?: { slotId: number | null; startsOn: string; endsOn: string; shareBp: number }): void {
    this.lines.push(lineForm(from, this.lines.length ? this.lines.at(this.lines.length - 1).getRawValue() : null));
  }

  protected removeLine(i: number): void {
    this.lines.removeAt(i);
  }

  protected readonly displayCustomer = (c: Customer | string | null): string => (c && typeof c === 'object' ? c.name : (c ?? ''));

  protected readonly canSave = computed(() => {
    this.value();
    return !this.saving() && this.form.valid && this.lines.length > 0 && !this.conflicts().blocked;
  });
  protected readonly canSubmit = computed(() => this.canSave() && this.decision()?.outcome !== 'refused' && this.decision()?.outcome !== 'not_allowed');

  protected save(): void {
    this.persist().subscribe((q) => {
      if (!q) return;
      this.notify.ok(this.quote() ? AD_QUOTES_TEXT.saved : AD_QUOTES_TEXT.created, { number: q.number });
      void this.router.navigate(['/ad-quotes', q.id]);
    });
  }

  protected submit(): void {
    ConfirmDialog.ask(this.dialog, {
      title: QUOTE_ACTION_TEXT.submit.title,
      message: { zh: '{decision}。\n确定保存并提交？', en: '{decision}.\nSave and submit?' },
      params: { decision: this.decisionLine() },
      confirm: AD_QUOTES_TEXT.saveAndSubmit,
    }).subscribe((ok) => {
      if (!ok) return;
      this.persist().subscribe((saved) => {
        if (!saved) return;
        this.saving.set(true);
        this.api.act(saved.id, 'submit', saved.version).subscribe({
          next: (q) => {
            this.saving.set(false);
            this.notify.ok(QUOTE_ACTION_TEXT.submit.done, { number: q.number });
            void this.router.navigate(['/ad-quotes', q.id]);
          },
          error: (err: unknown) => {
            this.saving.set(false);
            this.notify.error(err);
            // Saved but not submitted (e.g. below the floor): carry on editing the saved draft.
            void this.router.navigate(['/ad-quotes', saved.id, 'edit']);
          },
        });
      });
    });
  }

  private persist(): Observable<Quote | null> {
    const v = this.form.getRawValue();
    const customer = v.customer as Customer;
    const body: QuoteInput = {
      unitId: v.unitId!,
      customerId: customer.id,
      validUntil: v.validUntil,
      bundleShareBp: parseZhe(v.bundle) ?? FULL_PRICE_BP,
      note: v.note.trim(),
      lines: v.lines.map((l) => ({ slotId: l.slotId!, startsOn: l.startsOn, endsOn: l.endsOn, shareBp: parseZhe(l.discount) ?? FULL_PRICE_BP })),
    };
    const current = this.quote();
    this.saving.set(true);
    const call = current ? this.api.update(current.id, current.version, body) : this.api.create(body);
    return call.pipe(
      map((q) => {
        this.saving.set(false);
        this.quote.set(q);
        return q as Quote | null;
      }),
      catchError((err: unknown) => {
        this.saving.set(false);
        const problem = toProblem(err);
        if (current && isStaleVersion(problem)) {
          this.notify.ok(AD_QUOTES_TEXT.stale);
          this.load(current.id);
        } else {
          this.showProblem(err, true);
        }
        return of(null);
      }),
    );
  }

  /** Field errors under their fields (the API's paths renamed to the form's), the rest as a message. */
  private showProblem(err: unknown, fallbackToMessage: boolean): void {
    const problem = toProblem(err);
    const renamed = formPaths(problem);
    const placed = problem.errors?.length ? showServerErrors(this.form, renamed) : false;
    if (!placed && (fallbackToMessage || problem.status >= 500 || problem.status === 0)) this.notify.error(err);
  }

  private load(id: number): void {
    this.api.get(id).subscribe({
      next: (q) => {
        // Waiting for approval, accepted, cancelled…: nothing to edit; the detail says why.
        if (!q.actions.includes('edit')) {
          void this.router.navigate(['/ad-quotes', q.id]);
          return;
        }
        this.quote.set(q);
        const prices = new Map(this.prices());
        for (const l of q.lines) if (l.cardId !== null) prices.set(priceKey(l.slotId, l.startsOn), l.unitPriceFen);
        this.prices.set(prices);
        this.lines.clear({ emitEvent: false });
        for (const l of [...q.lines].sort((a, b) => a.position - b.position)) this.addLine(l);
        this.form.patchValue({
          unitId: q.unit.id,
          customer: { id: q.customer.id, name: q.customer.name, contact: null, phone: null, active: true },
          validUntil: q.validUntil,
          bundle: zheInput(q.bundleShareBp),
          note: q.note ?? '',
        });
        this.form.controls.unitId.disable();
      },
      error: (err: unknown) => {
        this.notify.error(err);
        void this.router.navigate(['/ad-quotes']);
      },
    });
  }
}
