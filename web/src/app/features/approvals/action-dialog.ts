import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { commentRequired } from '@portal/domain';
import type { Observable } from 'rxjs';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import type { RequestAction } from './approvals.api';
import { ACTION_TEXT, APPROVALS_TEXT } from './approvals.text';

export interface ActionDialogData {
  action: RequestAction;
  title: string;
}

/** The comment to send, or undefined when cancelled. */
export type ActionDialogResult = { comment: string } | undefined;

const MAX_COMMENT = 1000;

/**
 * Asks for the comment before an action: optional to approve or withdraw,
 * required to reject or return (domain commentRequired: the submitter must know why).
 */
@Component({
  selector: 'app-approval-action-dialog',
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="action-confirm" cancelId="action-cancel" minWidth="min(440px, 80vw)"
      [title]="words.title | tr: { title: data.title }" [saveLabel]="words.button | tr" [danger]="danger">
      @if (words.hint) {
        <p class="hint muted">{{ words.hint | tr }}</p>
      }
      <mat-form-field appearance="outline" class="comment">
        <mat-label>{{ (required ? text.comment : text.commentOptional) | tr }}</mat-label>
        <textarea
          matInput
          [formControl]="comment"
          rows="4"
          [required]="required"
          [attr.maxlength]="max"
          cdkFocusInitial
          data-testid="approval-comment"
        ></textarea>
        @if (comment.hasError('required')) {
          <mat-error data-testid="comment-error">{{ text.commentRequired | tr }}</mat-error>
        } @else if (comment.hasError('maxlength')) {
          <mat-error>{{ text.commentTooLong | tr: { max } }}</mat-error>
        }
      </mat-form-field>
    </form>
  `,
  styles: `
    .comment { width: 100%; }
    .hint { margin: 0 0 12px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionDialog {
  protected readonly data = inject<ActionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ActionDialog, ActionDialogResult>>(MatDialogRef);
  protected readonly text = APPROVALS_TEXT;
  protected readonly words = ACTION_TEXT[this.data.action];
  protected readonly max = MAX_COMMENT;
  protected readonly required = commentRequired(this.data.action);
  protected readonly danger = this.data.action === 'reject';
  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [...(this.required ? [Validators.required] : []), Validators.maxLength(MAX_COMMENT)],
  });
  protected readonly form = new FormGroup({ comment: this.comment });

  static open(dialog: MatDialog, data: ActionDialogData): Observable<ActionDialogResult> {
    return openDialog<ActionDialogResult, ActionDialogData>(dialog, ActionDialog, data, '520px');
  }

  protected submit(): void {
    const value = this.comment.value.trim();
    // Whitespace alone is no reason: the API trims it away and would refuse it the same way.
    if (this.required && !value) this.comment.setErrors({ required: true });
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      return;
    }
    this.ref.close({ comment: value });
  }
}
