import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { AD_PRICING_UNITS, AD_PRICING_UNIT_LABELS } from '@portal/domain';
import type { Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { EnglishNameField } from '../../shared/form-dialog/english-name-field';
import { FormDialogBase } from '../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { filterOptions } from '../../shared/list-frame/select-filter';
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
  imports: [FORM_DIALOG_IMPORTS, MatSlideToggleModule, EnglishNameField],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="slot-save" [save]="save"
      [title]="(editing ? text.editTitle : text.createTitle) | tr: { code: editing?.code }" [saveLabel]="(editing ? common.save : common.create) | tr">
      <div class="row">
        <app-text-field name="code" [label]="text.code" [errors]="error" testId="slot-code" maxlength="40" [hint]="text.codeHint"
          [spellcheck]="false" focusInitial subscriptSizing="dynamic" />
        <app-select-field name="pricingUnit" [label]="text.pricingUnit" [options]="unitOptions" [errors]="error" testId="slot-pricing-unit"
          subscriptSizing="dynamic" />
      </div>
      <app-text-field name="name" [label]="text.name" [errors]="error" testId="slot-name" maxlength="100" [placeholder]="text.namePlaceholder | tr" />
      <app-english-name-field [control]="form.controls.nameEn" [error]="error('nameEn')" placeholder="Home carousel, frame 1" testId="slot-name-en" />
      <app-text-field name="page" [label]="text.page" [errors]="error" testId="slot-page" maxlength="100" [placeholder]="text.pagePlaceholder | tr" />
      <div class="row">
        <app-text-field name="format" [label]="text.format" [errors]="error" testId="slot-format" maxlength="100" [placeholder]="text.formatPlaceholder | tr" />
        <app-text-field name="size" [label]="text.size" [errors]="error" testId="slot-size" maxlength="100" [placeholder]="text.sizePlaceholder | tr" />
      </div>
      <mat-slide-toggle formControlName="exclusive" data-testid="slot-exclusive">{{ text.exclusive | tr }}</mat-slide-toggle>
      <p class="hint muted">{{ text.exclusiveHint | tr }}</p>
      @if (error('exclusive')) {
        <p class="field-error" role="alert">{{ error('exclusive') }}</p>
      }
    </form>
  `,
  styles: `
    .row { display: flex; gap: 12px; flex-wrap: wrap; align-items: flex-start; }
    .row:first-child { margin-bottom: 16px; }
    .row > * { flex: 1 1 180px; }
    .hint { margin: 4px 0 0; font: var(--mat-sys-body-small); }
    .field-error { margin: 4px 0 0; color: var(--mat-sys-error); font: var(--mat-sys-body-small); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdSlotDialog extends FormDialogBase<AdSlotDialogData, AdSlot> {
  private readonly api = inject(AdSlotsApi);
  protected readonly text = AD_SLOTS_TEXT;
  protected readonly unitOptions = filterOptions(AD_PRICING_UNITS, AD_PRICING_UNIT_LABELS);
  protected readonly editing = this.data.slot ?? null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [this.editing?.code ?? '', [Validators.required, Validators.pattern(CODE), Validators.maxLength(40)]],
    name: [this.editing?.name ?? '', [Validators.required, Validators.maxLength(100)]],
    nameEn: [this.editing?.nameEn ?? '', [Validators.maxLength(100)]],
    // The card groups slots by page, so a slot without one would print under no heading.
    page: [this.editing?.page ?? '', [Validators.required, Validators.maxLength(100)]],
    format: [this.editing?.format ?? '', [Validators.maxLength(100)]],
    size: [this.editing?.size ?? '', [Validators.maxLength(100)]],
    pricingUnit: [this.editing?.pricingUnit ?? ('day' as PricingUnit), Validators.required],
    exclusive: [this.editing?.exclusive ?? true],
  });

  protected readonly error = fieldErrors(this.form, { pattern: AD_SLOTS_TEXT.codeFormat, maxlength: COMMON.tooLong });

  static open(dialog: MatDialog, data: AdSlotDialogData): Observable<AdSlotDialogResult> {
    return openDialog<AdSlotDialogResult, AdSlotDialogData>(dialog, AdSlotDialog, data, '560px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const fields: AdSlotFields = {
      code: v.code.trim(),
      name: v.name.trim(),
      nameEn: v.nameEn.trim() || null,
      page: v.page.trim(),
      format: v.format.trim(),
      size: v.size.trim(),
      pricingUnit: v.pricingUnit,
      exclusive: v.exclusive,
    };
    const request = this.editing
      ? this.api.update(this.editing.id, { version: this.editing.version, ...fields })
      : this.api.create(fields);
    this.save.run(request, this.form, { stale: !!this.editing, aliases: { ad_slots_code: 'code' } });
  }
}
