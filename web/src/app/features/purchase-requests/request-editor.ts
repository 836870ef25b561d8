import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { BUYING_UNIT_LABELS, calendarDay, isLate } from '@portal/domain';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap, type Observable } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { toProblem } from '../../core/http/problem';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { FenPipe } from '../../shared/money.pipe';
import { isStaleVersion, showServerErrors } from '../../shared/server-errors';
import { PurchaseRequestsApi, type ItemOption, type PurchaseRequest, type RequestInput } from './purchase-requests.api';
import { PURCHASE_REQUESTS_TEXT } from './purchase-requests.text';
import { refusalOf, type Refusal } from './request-refusal';
import { formPaths, lineEstimateFen, lineForm, parseQuantity, pickedItem, requestForm, type LineForm } from './request-form';
import { RequestLines } from './request-lines';
import { RequestStatusChip } from './request-status';

const TEXT = PURCHASE_REQUESTS_TEXT;

/**
 * Writing a department's monthly request: lines of catalogue items (priced as the API will
 * price them, from the lowest eligible current price) or new items in words, the estimated
 * total while typing, then save, submit to the department head, or delete the draft. The
 * API decides everything again; a budget that stops the request says by how much.
 */
@Component({
  selector: 'app-request-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    AppDatePipe,
    TrPipe,
    FenPipe,
    RequestLines,
    RequestStatusChip,
  ],
  templateUrl: './request-editor.html',
  styleUrl: './request-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestEditor {
  /** From the route (:id/edit). */
  readonly id = input.required<string>();

  private readonly api = inject(PurchaseRequestsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly unitLabels = BUYING_UNIT_LABELS;

  protected readonly form = requestForm();
  protected readonly request = signal<PurchaseRequest | null>(null);
  protected readonly saving = signal(false);
  /** Why the API would not take the submission (a stopping budget and by how much, a closed month). */
  protected readonly refused = signal<Refusal | null>(null);
  protected readonly options = signal<ItemOption[]>([]);
  private readonly searches = new Subject<string>();

  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly lineControls = computed(() => {
    this.value();
    return [...this.form.controls.lines.controls];
  });
  protected readonly estimates = computed(() => this.value().lines.map((l) => lineEstimateFen(l)));
  /** The estimated total as the API will store it: the sum of the lines' amounts, each rounded to the fen. */
  protected readonly totalFen = computed(() => this.estimates().reduce<number>((s, a) => s + (a ?? 0), 0));
  /** Lines with a quantity but no price to estimate by (new items, items nobody has priced). */
  protected readonly unpriced = computed(
    () => this.value().lines.filter((l, i) => this.estimates()[i] === null && parseQuantity(l.quantity) !== null).length,
  );
  protected readonly canSave = computed(() => {
    this.value();
    return !this.saving() && this.request() !== null && this.form.valid && this.lines.length > 0;
  });
  /** Submitted today it would be late: today in China time against the month's cut-off (the API judges by the database's day). */
  protected readonly pastCutoff = computed(() => {
    const cutoff = this.request()?.calendar.cutoffOn;
    return !!cutoff && isLate(calendarDay(new Date()), cutoff);
  });
  protected readonly canDelete = computed(() => this.request()?.actions.includes('delete') ?? false);
  protected readonly canSubmit = computed(() => this.canSave() && (this.request()?.actions.includes('submit') ?? false));

  constructor() {
    effect(() => {
      const id = Number(this.id());
      untracked(() => this.load(id));
    });
    this.searches
      .pipe(
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => {
          const unit = this.request()?.buyingUnit.code;
          return unit ? this.api.items(unit, q).pipe(catchError(() => of([] as ItemOption[]))) : of([] as ItemOption[]);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((items) => this.options.set(items));
  }

  protected get lines(): FormArray<LineForm> {
    return this.form.controls.lines;
  }

  protected search(q: string): void {
    this.searches.next(q);
  }

  protected addLine(): void {
    const last = this.lines.length ? this.lines.at(this.lines.length - 1).getRawValue().neededBy : '';
    this.lines.push(lineForm(undefined, last));
  }

  protected removeLine(i: number): void {
    this.lines.removeAt(i);
  }

  protected save(): void {
    this.persist().subscribe((r) => r && this.notify.ok(TEXT.saved, { number: r.number }));
  }

  protected submit(): void {
    const current = this.request();
    if (!current) return;
    ConfirmDialog.ask(this.dialog, { title: TEXT.submitTitle, message: TEXT.submitMessage, params: { number: current.number }, confirm: TEXT.saveAndSubmit }).subscribe(
      (ok) => {
        if (!ok) return;
        this.persist().subscribe((saved) => {
          if (!saved) return;
          this.saving.set(true);
          this.api.submit(saved.id, saved.version).subscribe({
            next: (r) => {
              this.saving.set(false);
              this.notify.ok(TEXT.submitted, { number: r.number });
              void this.router.navigate(['/purchase-requests', r.id]);
            },
            error: (err: unknown) => {
              this.saving.set(false);
              // Saved but not submitted: the draft as saved stays on screen to change, with the reason above it.
              const problem = toProblem(err);
              const refusal = isStaleVersion(problem) ? null : refusalOf(problem);
              if (refusal) this.refused.set(refusal);
              else if (isStaleVersion(problem)) this.reloadStale(saved.id);
              else this.showProblem(err);
            },
          });
        });
      },
    );
  }

  protected remove(): void {
    const current = this.request();
    if (!current) return;
    const params = { number: current.number };
    ConfirmDialog.ask(this.dialog, { title: TEXT.deleteTitle, message: TEXT.deleteMessage, params, confirm: TEXT.deleteDraft, danger: true }).subscribe((ok) => {
      if (!ok) return;
      this.saving.set(true);
      this.api.remove(current.id, current.version).subscribe({
        next: () => {
          this.saving.set(false);
          this.notify.ok(TEXT.deleted, params);
          void this.router.navigate(['/purchase-requests']);
        },
        error: (err: unknown) => {
          this.saving.set(false);
          this.showProblem(err);
        },
      });
    });
  }

  private body(): RequestInput {
    const v = this.form.getRawValue();
    return {
      note: v.note.trim(),
      lines: v.lines.map((l) => {
        const common = { quantity: parseQuantity(l.quantity) ?? 0, neededBy: l.neededBy || null, purpose: l.purpose.trim() };
        if (l.kind === 'catalogue') return { itemId: pickedItem(l.item)?.id ?? null, newItem: null, ...common };
        return { itemId: null, newItem: { name: l.newName.trim(), spec: l.newSpec.trim(), uom: l.newUom.trim() }, ...common };
      }),
    };
  }

  private persist(): Observable<PurchaseRequest | null> {
    const current = this.request();
    if (!current) return of(null);
    this.saving.set(true);
    this.refused.set(null);
    return this.api.update(current.id, current.version, this.body()).pipe(
      map((r) => {
        this.saving.set(false);
        this.show(r);
        return r as PurchaseRequest | null;
      }),
      catchError((err: unknown) => {
        this.saving.set(false);
        if (isStaleVersion(toProblem(err))) {
          this.reloadStale(current.id);
        } else {
          this.showProblem(err);
        }
        return of(null);
      }),
    );
  }

  /** Someone saved first: say so and show their version rather than overwrite it. */
  private reloadStale(id: number): void {
    this.notify.ok(TEXT.stale);
    this.load(id);
  }

  /** Field errors under their fields (the API's paths renamed to the form's), the rest as a message. */
  private showProblem(err: unknown): void {
    const problem = formPaths(toProblem(err));
    if (!problem.errors?.length || !showServerErrors(this.form, problem)) this.notify.error(err);
  }

  private load(id: number): void {
    this.api.get(id).subscribe({
      next: (r) => {
        // Waiting for the department head, approved…: nothing to edit; the read view says why.
        if (!r.actions.includes('edit')) {
          void this.router.navigate(['/purchase-requests', r.id]);
          return;
        }
        this.show(r);
      },
      error: (err: unknown) => {
        this.notify.error(err);
        void this.router.navigate(['/purchase-requests']);
      },
    });
  }

  /** The request as the server holds it now, in the form. */
  private show(r: PurchaseRequest): void {
    this.request.set(r);
    this.lines.clear({ emitEvent: false });
    for (const l of [...r.lines].sort((a, b) => a.lineNo - b.lineNo)) this.lines.push(lineForm(l), { emitEvent: false });
    if (this.lines.length === 0) this.lines.push(lineForm(), { emitEvent: false });
    this.form.patchValue({ note: r.note });
  }
}
