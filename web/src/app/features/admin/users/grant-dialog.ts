import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ROLES, ROLE_LABELS, type Role } from '@portal/domain';
import type { Observable } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { serverError, showServerErrors } from '../../../shared/server-errors';
import { unitOptions } from '../units/unit-tree';
import type { Unit } from '../units/units.api';
import { UsersApi, type User } from './users.api';
import { USERS_TEXT } from './users.text';

export interface GrantDialogData {
  user: User;
  units: Unit[];
}

/** Grants a role in a unit (a branch GM acts for one branch), defaulting to the user's own unit. */
@Component({
  selector: 'app-grant-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatSelectModule, MatButtonModule, MatProgressBarModule, TrPipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>{{ text.grantTitle | tr: { name: data.user.displayName } }}</h2>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <mat-dialog-content class="fields">
        <p class="muted note">{{ text.grantNote | tr }}</p>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.role | tr }}</mat-label>
          <mat-select formControlName="role" cdkFocusInitial data-testid="grant-role">
            @for (r of roles; track r) {
              <mat-option [value]="r">{{ roleLabels[r] | tr }}</mat-option>
            }
          </mat-select>
          <mat-error data-testid="error-role">{{ error('role') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.grantUnit | tr }}</mat-label>
          <mat-select formControlName="unitId" data-testid="grant-unit">
            @for (o of units(); track o.id) {
              <mat-option [value]="o.id"><span [style.padding-inline-start.em]="o.depth">{{ o.label }}</span></mat-option>
            }
          </mat-select>
          <mat-error data-testid="error-unitId">{{ error('unitId') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ common.cancel | tr }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="grant-save">{{ text.grant | tr }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    /* Room above the first outlined field, whose label sits on its border. */
    .mat-mdc-dialog-content.fields { display: flex; flex-direction: column; gap: 4px; min-width: min(400px, 80vw); padding-top: 8px; }
    .note { margin: 0 0 16px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GrantDialog {
  protected readonly data = inject<GrantDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<GrantDialog, User>>(MatDialogRef);
  private readonly api = inject(UsersApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = USERS_TEXT;
  protected readonly common = COMMON;
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly busy = signal(false);
  protected readonly units = computed(() => unitOptions(this.data.units, this.i18n.lang()));
  protected readonly form = inject(FormBuilder).group({
    role: [null as Role | null, Validators.required],
    unitId: [this.data.units.some((u) => u.id === this.data.user.unitId && u.active) ? this.data.user.unitId : null, Validators.required],
  });

  constructor() {
    // "Already holds this role here" sits under the role but is about the pair: a new unit clears it too.
    this.form.controls.unitId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.role.updateValueAndValidity());
  }

  static open(dialog: MatDialog, data: GrantDialogData): Observable<User | undefined> {
    return dialog.open<GrantDialog, GrantDialogData, User>(GrantDialog, { data, width: '440px', maxWidth: '95vw' }).afterClosed();
  }

  protected error(name: 'role' | 'unitId'): string {
    const c = this.form.controls[name];
    return serverError(c) ?? (c.hasError('required') ? this.i18n.t(COMMON.required) : '');
  }

  protected submit(): void {
    if (this.busy()) return;
    const { role, unitId } = this.form.getRawValue();
    if (this.form.invalid || !role || !unitId) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.api.grant(this.data.user.id, { role, unitId }).subscribe({
      next: (user) => this.ref.close(user),
      error: (err: unknown) => {
        this.busy.set(false);
        // "Already holds this role here" names `role`; a race on the unique key names the constraint.
        if (!showServerErrors(this.form, toProblem(err), { role_grants_user_id_role_unit_id_unique: 'role' })) this.notify.error(err);
      },
    });
  }
}
