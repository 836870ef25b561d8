import { Directive, inject } from '@angular/core';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { COMMON } from '../../core/i18n/text';
import { DialogSave } from './dialog-save';

/**
 * What every form dialog starts from: the data it was opened with, its save (busy flag, close with
 * the saved record, server errors under their fields) and the common words for its buttons.
 *
 *   export class UnitDialog extends FormDialogBase<UnitDialogData, Unit> { … }
 */
@Directive()
export abstract class FormDialogBase<D, R> {
  protected readonly data = inject<D>(MAT_DIALOG_DATA);
  protected readonly save = new DialogSave<R>();
  protected readonly common = COMMON;
}
