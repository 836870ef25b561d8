import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { calendarDay } from '@portal/domain';
import { catchError, debounceTime, distinctUntilChanged, filter, of, switchMap } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { selectUser } from '../../core/session/session.reducer';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { reloadable } from '../../shared/load-latest';
import { fieldErrors } from '../../shared/field-errors';
import { showServerErrors } from '../../shared/server-errors';
import { TypedCell } from '../../shared/typed-cell';
import { ApprovalsApi, type DelegateCandidate, type Delegation } from './approvals.api';
import { APPROVALS_TEXT } from './approvals.text';

/** /approvals/delegations: name a stand-in for a date range; see and end the delegations given and received. */
@Component({
  selector: 'app-delegations-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    TypedCell,
    TrPipe,
    MatDatepickerModule,
    AppDatePipe,
  ],
  // Date fields in the app's language, holding the API's YYYY-MM-DD (not the browser's 11/26/2026).
  providers: [provideAppDayAdapter()],
  template: `
    <div class="page">
      <a mat-button routerLink="/approvals" class="back"><mat-icon>arrow_back</mat-icon>{{ text.back | tr }}</a>
      <div class="page-header"><h1>{{ text.delegationsTitle | tr }}</h1></div>
      <p class="muted intro">{{ text.delegationsIntro | tr }}</p>

      <form class="card add" [formGroup]="form" (ngSubmit)="add()" data-testid="delegation-form">
        <mat-form-field appearance="outline" class="who">
          <mat-label>{{ text.delegate | tr }}</mat-label>
          <mat-icon matPrefix>person_search</mat-icon>
          <input
            matInput
            formControlName="toUserId"
            [matAutocomplete]="people"
            autocomplete="off"
            data-testid="delegate-input"
          />
          <mat-autocomplete #people="matAutocomplete" [displayWith]="displayCandidate">
            @for (c of candidates(); track c.id) {
              <mat-option [value]="c" data-testid="delegate-option">
                {{ c.name }}
                <span class="muted small">{{ c.unitName }}</span>
              </mat-option>
            }
            @if (searched() && !candidates().length && !directoryDown()) {
              <mat-option disabled>{{ text.delegateNoMatch | tr }}</mat-option>
            }
          </mat-autocomplete>
          <mat-hint>{{ (directoryDown() ? text.delegateUnavailable : text.delegateHint) | tr }}</mat-hint>
          <mat-error>{{ error('toUserId') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.startsOn | tr }}</mat-label>
          <input matInput [matDatepicker]="startsPicker" formControlName="startsOn" [min]="today" data-testid="delegation-starts" />
          <mat-datepicker-toggle matIconSuffix [for]="startsPicker" />
          <mat-datepicker #startsPicker />
          <mat-error>{{ error('startsOn') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.endsOn | tr }}</mat-label>
          <input matInput [matDatepicker]="endsPicker" formControlName="endsOn" [min]="form.controls.startsOn.value || today" data-testid="delegation-ends" />
          <mat-datepicker-toggle matIconSuffix [for]="endsPicker" />
          <mat-datepicker #endsPicker />
          <mat-error>{{ error('endsOn') }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="delegation-add">
          <mat-icon>add</mat-icon>{{ text.addDelegation | tr }}
        </button>
      </form>

      <div class="table-card">
        <div class="progress">
          @if (loading()) {
            <mat-progress-bar mode="indeterminate" />
          }
        </div>
        <table mat-table [dataSource]="rows()" data-testid="delegations-table">
          <ng-container matColumnDef="direction">
            <th mat-header-cell *matHeaderCellDef></th>
            <td mat-cell *matCellDef="let d of rows()" class="nowrap">{{ (d.direction === 'given' ? text.given : text.received) | tr }}</td>
          </ng-container>
          <ng-container matColumnDef="from">
            <th mat-header-cell *matHeaderCellDef>{{ text.from | tr }}</th>
            <td mat-cell *matCellDef="let d of rows()">{{ d.from.name }}</td>
          </ng-container>
          <ng-container matColumnDef="to">
            <th mat-header-cell *matHeaderCellDef>{{ text.to | tr }}</th>
            <td mat-cell *matCellDef="let d of rows()">{{ d.to.name }}</td>
          </ng-container>
          <ng-container matColumnDef="period">
            <th mat-header-cell *matHeaderCellDef>{{ text.period | tr }}</th>
            <td mat-cell *matCellDef="let d of rows()" class="nowrap">{{ d.startsOn | appDate }} – {{ d.endsOn | appDate }}</td>
          </ng-container>
          <ng-container matColumnDef="state">
            <th mat-header-cell *matHeaderCellDef>{{ common.status | tr }}</th>
            <td mat-cell *matCellDef="let d of rows()">
              <span class="chip" [class.on]="d.active">{{ (d.active ? text.activeNow : text.scheduled) | tr }}</span>
            </td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef></th>
            <td mat-cell *matCellDef="let d of rows()" class="end">
              @if (d.direction === 'given') {
                <button mat-button (click)="remove(d)" data-testid="delegation-remove"><mat-icon>delete</mat-icon>{{ text.remove | tr }}</button>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let d; columns: columns" data-testid="delegation-row" [attr.data-direction]="d.direction"></tr>
        </table>
        @if (!loading() && !rows().length) {
          <p class="no-data muted" data-testid="delegations-empty">{{ text.noDelegations | tr }}</p>
        }
      </div>
    </div>
  `,
  styles: `
    .back { margin: -8px 0 8px -8px; }
    .intro { margin: 0 0 16px; max-width: 72ch; }
    .card { background: var(--mat-sys-surface); border-radius: 12px; border: 1px solid var(--mat-sys-outline-variant); padding: 20px 20px 4px; margin-bottom: 16px; }
    .add { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
    .add .who { flex: 1 1 260px; max-width: 360px; }
    .add button { margin-top: 10px; }
    .small { font-size: 12px; margin-inline-start: 6px; }
    .progress { height: 4px; }
    table { width: 100%; }
    .nowrap { white-space: nowrap; }
    .end { text-align: end; }
    .no-data { padding: 24px 16px; text-align: center; margin: 0; }
    .chip { display: inline-block; padding: 2px 10px; border-radius: 999px; font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface-variant); }
    .chip.on { background: #d7f5dd; color: #1b5e20; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DelegationsPage {
  private readonly api = inject(ApprovalsApi);
  private readonly notify = inject(Notify);
  private readonly dialog = inject(MatDialog);
  protected readonly text = APPROVALS_TEXT;
  protected readonly common = COMMON;
  protected readonly columns = ['direction', 'from', 'to', 'period', 'state', 'actions'];
  /** The company's calendar day (China time), as the API counts delegations. */
  protected readonly today = calendarDay(new Date());
  private readonly me = inject(Store).selectSignal(selectUser);

  protected readonly form = inject(FormBuilder).group({
    toUserId: [null as DelegateCandidate | string | null, Validators.required],
    startsOn: [this.today, Validators.required],
    endsOn: ['', Validators.required],
  });
  /** The server's words first, then 必填, an end before the start, a name typed but not picked. */
  protected readonly error = fieldErrors(this.form, { range: APPROVALS_TEXT.endBeforeStart, pick: APPROVALS_TEXT.delegateHint });
  protected readonly rows = signal<Delegation[]>([]);
  private readonly loader = reloadable(() => this.api.delegations(), (p) => this.rows.set(p.items));
  protected readonly loading = this.loader.loading;
  protected readonly busy = signal(false);
  private readonly allCandidates = signal<DelegateCandidate[]>([]);
  /** Nobody names themselves: the API refuses it, so the list does not offer it. */
  protected readonly candidates = computed(() => this.allCandidates().filter((c) => c.id !== this.me()?.id));
  protected readonly searched = signal(false);
  protected readonly directoryDown = signal(false);

  protected readonly displayCandidate = (c: DelegateCandidate | string | null): string => (c && typeof c === 'object' ? c.name : (c ?? ''));

  constructor() {
    this.form.controls.toUserId.valueChanges
      .pipe(
        filter((v): v is string => typeof v === 'string'),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) =>
          this.api.searchDelegates(q).pipe(
            catchError(() => {
              this.directoryDown.set(true);
              return of([] as DelegateCandidate[]);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((items) => {
        this.allCandidates.set(items);
        this.searched.set(true);
      });
  }

  protected add(): void {
    const v = this.form.getRawValue();
    const who = v.toUserId;
    if (who !== null && typeof who !== 'object') this.form.controls.toUserId.setErrors({ pick: true });
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) this.form.controls.endsOn.setErrors({ range: true });
    if (this.form.invalid || !who || typeof who !== 'object') {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.api.createDelegation({ toUserId: who.id, startsOn: v.startsOn!, endsOn: v.endsOn! }).subscribe({
      next: (d) => {
        this.busy.set(false);
        this.notify.ok(APPROVALS_TEXT.delegationAdded, { name: d.to.name });
        this.form.reset({ toUserId: null, startsOn: this.today, endsOn: '' });
        this.loader.reload();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        // e.g. "该期间已有委托（…）" under the start date, "不能委托给自己" under the delegate.
        if (!showServerErrors(this.form, toProblem(err))) this.notify.error(err);
      },
    });
  }

  protected remove(d: Delegation): void {
    ConfirmDialog.ask(this.dialog, {
      title: APPROVALS_TEXT.removeTitle,
      message: APPROVALS_TEXT.removeMessage,
      params: { name: d.to.name, startsOn: d.startsOn, endsOn: d.endsOn },
      confirm: APPROVALS_TEXT.remove,
      danger: true,
    }).subscribe((ok) => {
      if (!ok) return;
      this.api.deleteDelegation(d.id).subscribe({
        next: () => {
          this.notify.ok(APPROVALS_TEXT.delegationRemoved);
          this.loader.reload();
        },
        error: (err: unknown) => {
          this.notify.error(err);
          this.loader.reload();
        },
      });
    });
  }
}
