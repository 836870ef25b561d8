import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { ROLES, ROLE_LABELS, type Role } from '@portal/domain';
import type { Observable } from 'rxjs';
import { fieldErrors } from '../../../shared/field-errors';
import { FormDialogBase } from '../../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../../shared/form-dialog/form-dialog';
import { localUnitOptions } from '../units/unit-tree';
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
  imports: [FORM_DIALOG_IMPORTS, MatSelectModule],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="grant-save" [save]="save" minWidth="min(400px, 80vw)"
      [title]="text.grantTitle | tr: { name: data.user.displayName }" [saveLabel]="text.grant | tr">
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
    </form>
  `,
  styles: `
    .note { margin: 0 0 16px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GrantDialog extends FormDialogBase<GrantDialogData, User> {
  private readonly api = inject(UsersApi);
  protected readonly text = USERS_TEXT;
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly units = localUnitOptions(this.data.units);
  protected readonly form = inject(FormBuilder).group({
    role: [null as Role | null, Validators.required],
    unitId: [this.data.units.some((u) => u.id === this.data.user.unitId && u.active) ? this.data.user.unitId : null, Validators.required],
  });
  protected readonly error = fieldErrors(this.form);

  constructor() {
    super();
    // "Already holds this role here" sits under the role but is about the pair: a new unit clears it too.
    this.form.controls.unitId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.role.updateValueAndValidity());
  }

  static open(dialog: MatDialog, data: GrantDialogData): Observable<User | undefined> {
    return openDialog<User, GrantDialogData>(dialog, GrantDialog, data, '440px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const { role, unitId } = this.form.getRawValue();
    if (!role || !unitId) return;
    // "Already holds this role here" names `role`; a race on the unique key names the constraint.
    this.save.run(this.api.grant(this.data.user.id, { role, unitId }), this.form, { aliases: { role_grants_user_id_role_unit_id_unique: 'role' } });
  }
}
