import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { UNIT_KIND_LABELS, type UnitKind } from '@portal/domain';
import type { Observable } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { isStaleVersion, serverError, showServerErrors } from '../../../shared/server-errors';
import { kindsUnder, unitName } from './unit-tree';
import { UnitsApi, type Unit, type UnitPatch } from './units.api';
import { UNITS_TEXT } from './units.text';

export type UnitDialogData = { mode: 'create'; parent: Unit } | { mode: 'edit'; unit: Unit; parent: Unit | null };

/** What the dialog ends with: the saved unit, 'stale' when someone else changed it first, or nothing. */
export type UnitDialogResult = Unit | 'stale' | undefined;

const CODE = /^[A-Z0-9_-]+$/;

/** Adds a sub-unit under a parent, or renames / recodes a unit. Its kind is fixed once created. */
@Component({
  selector: 'app-unit-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatProgressBarModule, TrPipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>
        @if (data.mode === 'create') {
          {{ text.addChildOf | tr: { name: parentName() } }}
        } @else {
          {{ text.editTitle | tr }}
        }
      </h2>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <mat-dialog-content class="fields">
        @if (data.mode === 'edit' && parentName()) {
          <p class="muted parent">{{ text.parent | tr }}：{{ parentName() }}</p>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ text.nameZh | tr }}</mat-label>
          <input matInput formControlName="nameZh" maxlength="60" data-testid="unit-name-zh" cdkFocusInitial />
          <mat-error>{{ error('nameZh') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.nameEn | tr }}</mat-label>
          <input matInput formControlName="nameEn" maxlength="60" data-testid="unit-name-en" />
          <mat-error>{{ error('nameEn') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.code | tr }}</mat-label>
          <input matInput formControlName="code" maxlength="32" (input)="upperCode()" autocapitalize="characters" data-testid="unit-code" />
          <mat-hint>{{ text.codeHint | tr }}</mat-hint>
          <mat-error>{{ error('code') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.kind | tr }}</mat-label>
          <mat-select formControlName="kind" data-testid="unit-kind">
            @for (k of kinds(); track k) {
              <mat-option [value]="k">{{ kindLabels[k] | tr }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error('kind') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ common.cancel | tr }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="unit-save">{{ common.save | tr }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    /* Room above the first outlined field, whose label sits on its border. */
    .mat-mdc-dialog-content.fields { display: flex; flex-direction: column; gap: 4px; min-width: min(420px, 80vw); padding-top: 8px; }
    .parent { margin: 0 0 12px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitDialog {
  protected readonly data = inject<UnitDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<UnitDialog, UnitDialogResult>>(MatDialogRef);
  private readonly api = inject(UnitsApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = UNITS_TEXT;
  protected readonly common = COMMON;
  protected readonly kindLabels = UNIT_KIND_LABELS;
  protected readonly busy = signal(false);

  private readonly editing = this.data.mode === 'edit' ? this.data.unit : null;
  protected readonly kinds = computed<UnitKind[]>(() =>
    this.data.mode === 'create' ? kindsUnder(this.data.parent.kind) : [this.data.unit.kind],
  );
  protected readonly parentName = computed(() => (this.data.parent ? unitName(this.data.parent, this.i18n.lang()) : ''));

  protected readonly form = inject(FormBuilder).nonNullable.group({
    nameZh: [this.editing?.nameZh ?? '', [Validators.required, Validators.maxLength(60)]],
    nameEn: [this.editing?.nameEn ?? '', [Validators.required, Validators.maxLength(60)]],
    code: [this.editing?.code ?? '', [Validators.required, Validators.pattern(CODE)]],
    kind: [
      { value: (this.editing?.kind ?? (this.kinds().length === 1 ? this.kinds()[0] : '')) as UnitKind | '', disabled: !!this.editing },
      Validators.required,
    ],
  });

  static open(dialog: MatDialog, data: UnitDialogData): Observable<UnitDialogResult> {
    return dialog
      .open<UnitDialog, UnitDialogData, UnitDialogResult>(UnitDialog, { data, width: '480px', maxWidth: '95vw' })
      .afterClosed();
  }

  /** Codes are capitals by rule; type them any way. */
  protected upperCode(): void {
    const c = this.form.controls.code;
    if (c.value !== c.value.toUpperCase()) c.setValue(c.value.toUpperCase());
  }

  /** The message under a field: the server's words first, then our own checks. */
  protected error(name: keyof typeof this.form.controls): string {
    const c = this.form.controls[name];
    const server = serverError(c);
    if (server) return server;
    if (c.hasError('required')) return this.i18n.t(COMMON.required);
    if (c.hasError('pattern')) return this.i18n.t(UNITS_TEXT.codeFormat);
    return '';
  }

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const value = { code: v.code.trim(), nameZh: v.nameZh.trim(), nameEn: v.nameEn.trim() };
    this.busy.set(true);
    const request =
      this.data.mode === 'create'
        ? this.api.create({ ...value, kind: v.kind as UnitKind, parentId: this.data.parent.id })
        : this.api.update(this.data.unit.id, this.changes(this.data.unit, value));
    request.subscribe({
      next: (unit) => this.ref.close(unit),
      error: (err: unknown) => {
        this.busy.set(false);
        const problem = toProblem(err);
        if (this.editing && isStaleVersion(problem)) {
          // A stale version: say so; the page reloads the tree.
          this.ref.close('stale');
          return;
        }
        if (problem.type?.endsWith('/duplicate')) {
          // Two units with one code: the database's unique index says so, in general words; ours are plainer.
          showServerErrors(this.form, { status: 409, errors: [{ path: 'code', message: this.i18n.t(UNITS_TEXT.codeTaken) }] });
          return;
        }
        // The server ties a wrong parent to `parentId`; here that is a question of kind.
        if (!showServerErrors(this.form, problem, { parentId: 'kind' })) this.notify.error(err);
      },
    });
  }

  /** Only what changed, with the version it was read at. */
  private changes(unit: Unit, value: { code: string; nameZh: string; nameEn: string }): UnitPatch {
    const patch: UnitPatch = { version: unit.version };
    if (value.code !== unit.code) patch.code = value.code;
    if (value.nameZh !== unit.nameZh) patch.nameZh = value.nameZh;
    if (value.nameEn !== unit.nameEn) patch.nameEn = value.nameEn;
    return patch;
  }
}
