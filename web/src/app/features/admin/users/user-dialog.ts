import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { MIN_PASSWORD_LENGTH } from '@portal/domain';
import type { Observable } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { isStaleVersion, serverError, showServerErrors } from '../../../shared/server-errors';
import { unitOptions } from '../units/unit-tree';
import type { Unit } from '../units/units.api';
import { generatePassword } from './password';
import { UsersApi, type User, type UserPatch } from './users.api';
import { USERS_TEXT } from './users.text';

export type UserDialogData = { mode: 'create'; units: Unit[] } | { mode: 'edit'; user: User; units: Unit[] };

/** The saved user, 'stale' when someone else changed it first, or nothing when cancelled. */
export type UserDialogResult = User | 'stale' | undefined;

/** Same rule as the API's schema, checked here first so the clerk sees it while typing. */
const USERNAME = /^[A-Za-z][A-Za-z0-9_.-]{1,31}$/;

/** Creates an account (username, name, unit, initial password) or edits the name and unit of one. */
@Component({
  selector: 'app-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    MatProgressBarModule,
    TrPipe,
  ],
  templateUrl: './user-dialog.html',
  styles: `
    /* Room above the first outlined field, whose label sits on its border. */
    .mat-mdc-dialog-content.fields { display: flex; flex-direction: column; gap: 4px; min-width: min(420px, 80vw); padding-top: 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDialog {
  protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<UserDialog, UserDialogResult>>(MatDialogRef);
  private readonly api = inject(UsersApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = USERS_TEXT;
  protected readonly common = COMMON;
  protected readonly min = MIN_PASSWORD_LENGTH;
  protected readonly busy = signal(false);
  protected readonly hide = signal(true);

  private readonly editing = this.data.mode === 'edit' ? this.data.user : null;
  protected readonly creating = !this.editing;
  protected readonly units = computed(() => unitOptions(this.data.units, this.i18n.lang(), this.editing?.unitId));

  protected readonly form = inject(FormBuilder).nonNullable.group({
    username: [
      { value: this.editing?.username ?? '', disabled: !!this.editing },
      [Validators.required, Validators.pattern(USERNAME)],
    ],
    displayName: [this.editing?.displayName ?? '', [Validators.required, Validators.maxLength(40)]],
    unitId: [this.editing?.unitId ?? (null as number | null), Validators.required],
    password: [
      { value: '', disabled: !!this.editing },
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)],
    ],
  });

  static open(dialog: MatDialog, data: UserDialogData): Observable<UserDialogResult> {
    return dialog
      .open<UserDialog, UserDialogData, UserDialogResult>(UserDialog, { data, width: '480px', maxWidth: '95vw' })
      .afterClosed();
  }

  protected generate(): void {
    this.form.controls.password.setValue(generatePassword());
    this.hide.set(false);
  }

  /** The message under a field: the server's words first, then our own checks. */
  protected error(name: keyof typeof this.form.controls): string {
    const c = this.form.controls[name];
    const server = serverError(c);
    if (server) return server;
    if (c.hasError('required')) return this.i18n.t(COMMON.required);
    if (c.hasError('pattern')) return this.i18n.t(USERS_TEXT.usernameFormat);
    if (c.hasError('minlength')) return this.i18n.t(USERS_TEXT.passwordTooShort, { min: MIN_PASSWORD_LENGTH });
    return '';
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const displayName = v.displayName.trim();
    const unitId = v.unitId as number;
    this.busy.set(true);
    const request = this.editing
      ? this.api.update(this.editing.id, this.changes(this.editing, displayName, unitId))
      : this.api.create({ username: v.username.trim(), displayName, unitId, password: v.password });
    request.subscribe({
      next: (user) => this.ref.close(user),
      error: (err: unknown) => {
        this.busy.set(false);
        const problem = toProblem(err);
        if (this.editing && isStaleVersion(problem)) {
          this.ref.close('stale');
          return;
        }
        // A username taken by a racing request comes back as the unique index's name.
        if (!showServerErrors(this.form, problem, { users_username_lower: 'username' })) this.notify.error(err);
      },
    });
  }

  private changes(user: User, displayName: string, unitId: number): UserPatch {
    const patch: UserPatch = { version: user.version };
    if (displayName !== user.displayName) patch.displayName = displayName;
    if (unitId !== user.unitId) patch.unitId = unitId;
    return patch;
  }
}
