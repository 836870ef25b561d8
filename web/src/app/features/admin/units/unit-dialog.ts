import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { UNIT_KIND_LABELS, type UnitKind } from '@portal/domain';
import type { Observable } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import type { Problem } from '../../../core/session/session.model';
import { fieldErrors } from '../../../shared/field-errors';
import { FormDialogBase } from '../../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../../shared/form-dialog/form-dialog';
import { filterOptions } from '../../../shared/list-frame/select-filter';
import { showServerErrors } from '../../../shared/server-errors';
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
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="unit-save" [save]="save" minWidth="min(420px, 80vw)"
      [title]="(data.mode === 'create' ? text.addChildOf : text.editTitle) | tr: { name: parentName() }" [saveLabel]="common.save | tr">
      @if (data.mode === 'edit' && parentName()) {
        <p class="muted parent">{{ text.parent | tr }}：{{ parentName() }}</p>
      }
      <app-text-field name="nameZh" [label]="text.nameZh" [errors]="error" testId="unit-name-zh" maxlength="60" focusInitial />
      <app-text-field name="nameEn" [label]="text.nameEn" [errors]="error" testId="unit-name-en" maxlength="60" />
      <mat-form-field appearance="outline">
        <mat-label>{{ text.code | tr }}</mat-label>
        <input matInput formControlName="code" maxlength="32" (input)="upperCode()" autocapitalize="characters" data-testid="unit-code" />
        <mat-hint>{{ text.codeHint | tr }}</mat-hint>
        <mat-error>{{ error('code') }}</mat-error>
      </mat-form-field>
      <app-select-field name="kind" [label]="text.kind" [options]="kindOptions()" [errors]="error" testId="unit-kind" />
    </form>
  `,
  styles: `
    .parent { margin: 0 0 12px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitDialog extends FormDialogBase<UnitDialogData, Unit> {
  private readonly api = inject(UnitsApi);
  private readonly i18n = inject(I18n);
  protected readonly text = UNITS_TEXT;

  private readonly editing = this.data.mode === 'edit' ? this.data.unit : null;
  private readonly kinds = computed<UnitKind[]>(() =>
    this.data.mode === 'create' ? kindsUnder(this.data.parent.kind) : [this.data.unit.kind],
  );
  protected readonly kindOptions = computed(() => filterOptions(this.kinds(), UNIT_KIND_LABELS));
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

  protected readonly error = fieldErrors(this.form, { pattern: UNITS_TEXT.codeFormat });

  static open(dialog: MatDialog, data: UnitDialogData): Observable<UnitDialogResult> {
    return openDialog<UnitDialogResult, UnitDialogData>(dialog, UnitDialog, data, '480px');
  }

  /** Codes are capitals by rule; type them any way. */
  protected upperCode(): void {
    const c = this.form.controls.code;
    if (c.value !== c.value.toUpperCase()) c.setValue(c.value.toUpperCase());
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const value = { code: v.code.trim(), nameZh: v.nameZh.trim(), nameEn: v.nameEn.trim() };
    const request =
      this.data.mode === 'create'
        ? this.api.create({ ...value, kind: v.kind as UnitKind, parentId: this.data.parent.id })
        : this.api.update(this.data.unit.id, this.changes(this.data.unit, value));
    // A stale version closes as 'stale': the page says so and reloads the tree.
    // The server ties a wrong parent to `parentId`; here that is a question of kind.
    this.save.run(request, this.form, { stale: !!this.editing, onProblem: (p) => this.codeTaken(p), aliases: { parentId: 'kind' } });
  }

  /** Two units with one code: the database's unique index says so, in general words; ours are plainer. */
  private codeTaken(problem: Problem): boolean {
    if (!problem.type?.endsWith('/duplicate')) return false;
    showServerErrors(this.form, { status: 409, errors: [{ path: 'code', message: this.i18n.t(UNITS_TEXT.codeTaken) }] });
    return true;
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
