import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import type { Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { AD_AGREEMENTS_TEXT } from './ad-agreements.text';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';

export interface TerminateData {
  number: string;
  startsOn: string;
  endsOn: string;
}

export interface Termination {
  endsOn: string;
  reason: string;
}

/** Ending an agreement early: the last day that counts and why. The API checks the date against the flights and booked income. */
@Component({
  selector: 'app-terminate-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatDatepickerModule, MatInputModule, TrPipe],
  providers: [provideAppDayAdapter()],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <h2 mat-dialog-title>{{ text.terminateTitle | tr: { number: data.number } }}</h2>
      <mat-dialog-content class="fields">
        <p class="hint">{{ text.terminateHint | tr }}</p>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.endsOn | tr }}</mat-label>
          <input matInput [matDatepicker]="endsPicker" formControlName="endsOn" [min]="data.startsOn" [max]="data.endsOn" data-testid="terminate-ends-on" />
          <mat-datepicker-toggle matIconSuffix [for]="endsPicker" />
          <mat-datepicker #endsPicker />
          <mat-error>{{ common.required | tr }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.reason | tr }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" maxlength="500" data-testid="terminate-reason"></textarea>
          <mat-error>{{ common.required | tr }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ common.cancel | tr }}</button>
        <button mat-flat-button type="submit" class="danger" data-testid="terminate-ok">{{ text.terminate | tr }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields { display: flex; flex-direction: column; gap: 4px; min-width: min(420px, 80vw); }
    .hint { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TerminateDialog {
  protected readonly data = inject<TerminateData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<TerminateDialog, Termination>);
  protected readonly text = AD_AGREEMENTS_TEXT;
  protected readonly common = COMMON;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    endsOn: ['', Validators.required],
    reason: ['', [Validators.required, Validators.pattern(/\S/)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.ref.close({ endsOn: v.endsOn, reason: v.reason.trim() });
  }

  static open(dialog: MatDialog, data: TerminateData): Observable<Termination | undefined> {
    return dialog.open<TerminateDialog, TerminateData, Termination>(TerminateDialog, { data, autoFocus: 'first-tabbable' }).afterClosed();
  }
}
