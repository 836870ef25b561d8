import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { AD_PRICING_UNITS, AD_PRICING_UNIT_LABELS } from '@portal/domain';
import type { Observable } from 'rxjs';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { isStaleVersion, serverError, showServerErrors } from '../../shared/server-errors';
import { AdSlotsApi, type AdSlot, type AdSlotFields, type PricingUnit } from './ad-slots.api';
import { AD_SLOTS_TEXT } from './ad-slots.text';

export type AdSlotDialogData = { slot?: AdSlot };
/** The saved slot, 'stale' when someone else changed it first, or nothing when cancelled. */
export type AdSlotDialogResult = AdSlot | 'stale' | undefined;

/** The API's rule for codes (ad-slots.schema.ts), checked while typing. */
const CODE = /^[A-Za-z0-9_-]+$/;

/** Creates an ad slot or edits one; the server's complaints land under the fields they name. */
@Component({
  selector: 'app-ad-slot-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatButtonModule,
    MatProgressBarModule,
    TrPipe,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>{{ (editing ? text.editTitle : text.createTitle) | tr: { code: editing?.code } }}</h2>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <mat-dialog-content class="fields">
        <div class="row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ text.code | tr }}</mat-label>
            <input matInput formControlName="code" autocomplete="off" spellcheck="false" maxlength="40" cdkFocusInitial data-testid="slot-code" />
            <mat-hint>{{ text.codeHint | tr }}</mat-hint>
            <mat-error data-testid="error-code">{{ error('code') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ text.pricingUnit | tr }}</mat-label>
            <mat-select formControlName="pricingUnit" data-testid="slot-pricing-unit">
              @for (u of units; track u) {
                <mat-option [value]="u">{{ unitLabels[u] | tr }}</mat-option>
              }
            </mat-select>
            <mat-error data-testid="error-pricingUnit">{{ error('pricingUnit') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.name | tr }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" maxlength="100" [placeholder]="text.namePlaceholder | tr" data-testid="slot-name" />
          <mat-error data-testid="error-name">{{ error('name') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.page | tr }}</mat-label>
          <input matInput formControlName="page" autocomplete="off" maxlength="100" [placeholder]="text.pagePlaceholder | tr" data-testid="slot-page" />
          <mat-error data-testid="error-page">{{ error('page') }}</mat-error>
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>{{ text.format | tr }}</mat-label>
            <input matInput formControlName="format" autocomplete="off" maxlength="100" [placeholder]="text.formatPlaceholder | tr" data-testid="slot-format" />
            <mat-error data-testid="error-format">{{ error('format') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ text.size | tr }}</mat-label>
            <input matInput formControlName="size" autocomplete="off" maxlength="100" [placeholder]="text.sizePlaceholder | tr" data-testid="slot-size" />
            <mat-error data-testid="error-size">{{ error('size') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-slide-toggle formControlName="exclusive" data-testid="slot-exclusive">{{ text.exclusive | tr }}</mat-slide-toggle>
        <p class="hint muted">{{ text.exclusiveHint | tr }}</p>
        @if (error('exclusive')) {
          <p class="field-error" role="alert">{{ error('exclusive') }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ common.cancel | tr }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="slot-save">
          {{ (editing ? common.save : common.create) | tr }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .mat-mdc-dialog-content.fields { display: flex; flex-direction: column; gap: 4px; padding-top: 8px; }
    .row { display: flex; gap: 12px; flex-wrap: wrap; align-items: flex-start; }
    .row:first-child { margin-bottom: 16px; }
    .row mat-form-field { flex: 1 1 180px; }
    .hint { margin: 4px 0 0; font: var(--mat-sys-body-small); }
    .field-error { margin: 4px 0 0; color: var(--mat-sys-error); font: var(--mat-sys-body-small); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdSlotDialog {
  private readonly data = inject<AdSlotDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<AdSlotDialog, AdSlotDialogResult>>(MatDialogRef);
  private readonly api = inject(AdSlotsApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = AD_SLOTS_TEXT;
  protected readonly common = COMMON;
  protected readonly units = AD_PRICING_UNITS;
  protected readonly unitLabels = AD_PRICING_UNIT_LABELS;
  protected readonly busy = signal(false);
  protected readonly editing = this.data.slot ?? null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [this.editing?.code ?? '', [Validators.required, Validators.pattern(CODE), Validators.maxLength(40)]],
    name: [this.editing?.name ?? '', [Validators.required, Validators.maxLength(100)]],
    // The card groups slots by page, so a slot without one would print under no heading.
    page: [this.editing?.page ?? '', [Validators.required, Validators.maxLength(100)]],
    format: [this.editing?.format ?? '', [Validators.maxLength(100)]],
    size: [this.editing?.size ?? '', [Validators.maxLength(100)]],
    pricingUnit: [this.editing?.pricingUnit ?? ('day' as PricingUnit), Validators.required],
    exclusive: [this.editing?.exclusive ?? true],
  });

  static open(dialog: MatDialog, data: AdSlotDialogData): Observable<AdSlotDialogResult> {
    return dialog
      .open<AdSlotDialog, AdSlotDialogData, AdSlotDialogResult>(AdSlotDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed();
  }

  /** The message under a field: the server's words first, then our own checks. */
  protected error(name: keyof typeof this.form.controls): string {
    const c = this.form.controls[name];
    const server = serverError(c);
    if (server) return server;
    if (c.hasError('required')) return this.i18n.t(COMMON.required);
    if (c.hasError('pattern')) return this.i18n.t(AD_SLOTS_TEXT.codeFormat);
    const max = c.getError('maxlength') as { requiredLength: number } | null;
    if (max) return this.i18n.t(AD_SLOTS_TEXT.tooLong, { max: max.requiredLength });
    return '';
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const fields: AdSlotFields = {
      code: v.code.trim(),
      name: v.name.trim(),
      page: v.page.trim(),
      format: v.format.trim(),
      size: v.size.trim(),
      pricingUnit: v.pricingUnit,
      exclusive: v.exclusive,
    };
    this.busy.set(true);
    const request = this.editing
      ? this.api.update(this.editing.id, { version: this.editing.version, ...fields })
      : this.api.create(fields);
    request.subscribe({
      next: (slot) => this.ref.close(slot),
      error: (err: unknown) => {
        this.busy.set(false);
        const problem = toProblem(err);
        if (this.editing && isStaleVersion(problem)) {
          this.ref.close('stale');
          return;
        }
        if (!showServerErrors(this.form, problem, { ad_slots_code: 'code' })) this.notify.error(err);
      },
    });
  }
}
