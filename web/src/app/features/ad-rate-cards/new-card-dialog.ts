import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { isMonth } from '@portal/domain';
import { catchError, map, of, startWith, switchMap, type Observable } from 'rxjs';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { serverError, showServerErrors } from '../../shared/server-errors';
import { AdRateCardsApi, type RateCard, type RateCardSummary } from './ad-rate-cards.api';
import { RATE_CARDS_TEXT } from './ad-rate-cards.text';

export interface NewCardDialogData {
  month: string;
}

/** Starts a draft for a month: its first card, or the next revision of the published one. */
@Component({
  selector: 'app-new-card-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatIconModule, MatProgressBarModule, TrPipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>{{ text.newTitle | tr }}</h2>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <mat-dialog-content class="fields">
        <mat-form-field appearance="outline">
          <mat-label>{{ text.month | tr }}</mat-label>
          <input matInput type="month" formControlName="month" data-testid="new-card-month" />
          <mat-error>{{ error('month') }}</mat-error>
        </mat-form-field>
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
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ common.cancel | tr }}</button>
        <button mat-flat-button type="submit" [disabled]="busy() || !!m.draft" data-testid="new-card-create">{{ text.createDraft | tr }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .mat-mdc-dialog-content.fields { display: flex; flex-direction: column; gap: 4px; padding-top: 8px; }
    .note { display: flex; gap: 6px; align-items: flex-start; margin: 0; font: var(--mat-sys-body-medium); }
    .note mat-icon { flex: none; margin-top: 2px; }
    .warn { color: var(--mat-sys-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewCardDialog {
  private readonly data = inject<NewCardDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<NewCardDialog, RateCard>>(MatDialogRef);
  private readonly api = inject(AdRateCardsApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = RATE_CARDS_TEXT;
  protected readonly common = COMMON;
  protected readonly busy = signal(false);

  protected readonly form = inject(FormBuilder).group({
    month: [this.data.month, [Validators.required]],
    copyFromId: [null as number | null],
  });

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
    this.form.controls.copyFromId.valueChanges.subscribe(() => (this.touchedSource = true));
    toObservable(this.defaultSource).subscribe((id) => {
      if (!this.touchedSource) this.form.controls.copyFromId.setValue(id, { emitEvent: false });
    });
  }

  static open(dialog: MatDialog, data: NewCardDialogData): Observable<RateCard | undefined> {
    return dialog.open<NewCardDialog, NewCardDialogData, RateCard>(NewCardDialog, { data, width: '480px', maxWidth: '95vw' }).afterClosed();
  }

  protected error(name: 'month' | 'copyFromId'): string {
    const c = this.form.controls[name];
    return serverError(c) ?? (c.hasError('required') ? this.i18n.t(RATE_CARDS_TEXT.badMonth) : '');
  }

  protected submit(): void {
    if (this.busy()) return;
    const month = this.month();
    if (!month) {
      this.form.controls.month.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.api.create(month, this.form.controls.copyFromId.value).subscribe({
      next: (card) => this.ref.close(card),
      error: (err: unknown) => {
        this.busy.set(false);
        if (!showServerErrors(this.form, toProblem(err))) this.notify.error(err);
      },
    });
  }
}
