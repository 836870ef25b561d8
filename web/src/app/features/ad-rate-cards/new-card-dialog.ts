import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { isMonth } from '@portal/domain';
import { catchError, map, of, startWith, switchMap, type Observable } from 'rxjs';
import { fieldErrors } from '../../shared/field-errors';
import { MonthSelect, monthsAround } from '../../shared/month-select';
import { FormDialogBase } from '../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { AdRateCardsApi, type RateCard, type RateCardSummary } from './ad-rate-cards.api';
import { RATE_CARDS_TEXT } from './ad-rate-cards.text';
import { thisMonth } from './revision-history';

export interface NewCardDialogData {
  month: string;
}

/** Starts a draft for a month: its first card, or the next revision of the published one. */
@Component({
  selector: 'app-new-card-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatSelectModule, MatIconModule, MonthSelect],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="new-card-create" [save]="save"
      [title]="text.newTitle | tr" [saveLabel]="text.createDraft | tr" [blocked]="!!monthCards().draft">
      <app-month-select class="month" [label]="text.month" [value]="month()" [months]="months" (picked)="form.controls.month.setValue($event)" testId="new-card-month" />
      <mat-form-field appearance="outline">
        <mat-label>{{ text.copyFrom | tr }}</mat-label>
        <mat-select formControlName="copyFromId" data-testid="new-card-copy-from">
          <mat-option [value]="null">{{ (sources().length ? text.copyAuto : text.copyNothing) | tr }}</mat-option>
          @for (c of sources(); track c.id) {
            <mat-option [value]="c.id">{{ text.copyOption | tr: { month: c.month, revision: c.revision, count: c.slotCount } }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ error('copyFromId') }}</mat-error>
      </mat-form-field>
      @let m = monthCards();
      @if (m.draft) {
        <p class="note warn" data-testid="new-card-draft-exists">
          <mat-icon inline>info</mat-icon>{{ text.draftExists | tr: { month: month(), revision: m.draft.revision } }}
        </p>
      } @else if (m.published) {
        <p class="note"><mat-icon inline>history</mat-icon>{{ text.newRevisionOf | tr: { month: month(), current: m.published.revision } }}</p>
      } @else if (month()) {
        <p class="note"><mat-icon inline>fiber_new</mat-icon>{{ text.newFirst | tr: { month: month() } }}</p>
      }
    </form>
  `,
  styles: `
    .note { display: flex; gap: 6px; align-items: flex-start; margin: 0; font: var(--mat-sys-body-medium); }
    .note mat-icon { flex: none; margin-top: 2px; }
    .warn { color: var(--mat-sys-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewCardDialog extends FormDialogBase<NewCardDialogData, RateCard> {
  private readonly api = inject(AdRateCardsApi);
  protected readonly text = RATE_CARDS_TEXT;

  protected readonly form = inject(FormBuilder).group({
    month: [this.data.month, [Validators.required]],
    copyFromId: [null as number | null],
  });
  protected readonly error = fieldErrors(this.form);
  /** A new card is for this month (a revision) or one ahead; last month's is history by now. */
  protected readonly months = monthsAround(thisMonth(), 1, 12);

  protected readonly month = toSignal(this.form.controls.month.valueChanges.pipe(startWith(this.data.month), map((m) => (m && isMonth(m) ? m : ''))), {
    initialValue: '',
  });

  /** Published cards, newest first: the usual start is last month's prices. */
  protected readonly sources = toSignal(
    this.api.list({ status: 'published', page: 1, pageSize: 24 }).pipe(
      map((p) => [...p.items].sort((a, b) => b.month.localeCompare(a.month) || b.revision - a.revision)),
      catchError(() => of([] as RateCardSummary[])),
    ),
    { initialValue: [] as RateCardSummary[] },
  );

  /** What the chosen month already has, to say whether this is r1 or a revision. */
  protected readonly monthCards = toSignal(
    toObservable(this.month).pipe(
      switchMap((month) =>
        month
          ? this.api.list({ month, page: 1, pageSize: 50 }).pipe(
              map((p) => ({
                published: p.items.find((c) => c.status === 'published') ?? null,
                draft: p.items.find((c) => c.status === 'draft') ?? null,
              })),
              catchError(() => of({ published: null, draft: null })),
            )
          : of({ published: null, draft: null }),
      ),
    ),
    { initialValue: { published: null as RateCardSummary | null, draft: null as RateCardSummary | null } },
  );

  /** Preselects the month's own published card, else the newest published card there is. */
  private readonly defaultSource = computed(() => this.monthCards().published?.id ?? this.sources()[0]?.id ?? null);
  private touchedSource = false;

  constructor() {
    super();
    this.form.controls.copyFromId.valueChanges.subscribe(() => (this.touchedSource = true));
    toObservable(this.defaultSource).subscribe((id) => {
      if (!this.touchedSource) this.form.controls.copyFromId.setValue(id, { emitEvent: false });
    });
  }

  static open(dialog: MatDialog, data: NewCardDialogData): Observable<RateCard | undefined> {
    return openDialog<RateCard, NewCardDialogData>(dialog, NewCardDialog, data, '480px');
  }

  protected submit(): void {
    if (this.save.busy()) return;
    const month = this.month();
    if (!month) {
      this.form.controls.month.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    this.save.run(this.api.create(month, this.form.controls.copyFromId.value), this.form);
  }
}
