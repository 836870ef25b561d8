import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, type MatDialog } from '@angular/material/dialog';
import type { ComponentType } from '@angular/cdk/portal';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import type { Observable } from 'rxjs';
import type { DialogSave } from './dialog-save';
import { SelectField } from './select-field';
import { TextField } from './text-field';

/**
 * The frame every form dialog shares: title, a progress bar while saving, the fields (projected),
 * and Cancel · the submit button. It sits on the dialog's own <form>, so the form's directives
 * (formGroup, ngSubmit) stay in the dialog and its fields find them as before:
 *
 *   <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="x-save" [save]="save"
 *     [title]="text.editX | tr" [saveLabel]="common.save | tr">
 */
@Component({
  selector: 'form[appFormDialog]',
  imports: [MatDialogModule, MatButtonModule, MatProgressBarModule, TrPipe],
  template: `
    <h2 mat-dialog-title>{{ title() }}</h2>
    @if (busy()) {
      <mat-progress-bar mode="indeterminate" />
    }
    <mat-dialog-content class="fields" [style.min-width]="minWidth()">
      <ng-content />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [attr.data-testid]="cancelId()">{{ common.cancel | tr }}</button>
      <button mat-flat-button type="submit" [class.danger]="danger()" [disabled]="busy() || blocked()" [attr.data-testid]="saveId()">
        {{ saveLabel() }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    /* Room above the first outlined field, whose label sits on its border. */
    .mat-mdc-dialog-content.fields { display: flex; flex-direction: column; gap: 4px; padding-top: 8px; }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormDialog {
  /** Already in the user's language (the caller pipes it through `tr` with its own params). */
  readonly title = input.required<string>();
  readonly saveLabel = input.required<string>();
  readonly saveId = input<string | null>(null);
  readonly cancelId = input<string | null>(null);
  /** The dialog's save: while it runs, the bar moves and submit is off. None for a dialog that only answers. */
  readonly save = input<DialogSave<unknown> | null>(null);
  /** Submit refused for a reason the form itself does not hold (e.g. a draft already exists). */
  readonly blocked = input(false);
  /** A destructive action: the submit button is red. */
  readonly danger = input(false);
  /** Dialogs whose fields need a floor, e.g. 'min(420px, 80vw)'; the dialog's width does the rest. */
  readonly minWidth = input<string | null>(null);
  protected readonly common = COMMON;
  protected readonly busy = computed(() => this.save()?.busy() ?? false);
}

/** What a form dialog's `imports` start from; add the controls it uses beyond text inputs (select, toggle…). */
export const FORM_DIALOG_IMPORTS = [
  ReactiveFormsModule,
  MatDialogModule,
  MatFormFieldModule,
  MatInputModule,
  MatButtonModule,
  MatProgressBarModule,
  TrPipe,
  FormDialog,
  TextField,
  SelectField,
] as const;

/** Opens a dialog the way every dialog here opens (its width, never wider than the screen); emits what it closed with. */
export function openDialog<R, D>(dialog: MatDialog, component: ComponentType<unknown>, data: D, width: string): Observable<R | undefined> {
  return dialog.open<unknown, D, R>(component, { data, width, maxWidth: '95vw' }).afterClosed();
}
