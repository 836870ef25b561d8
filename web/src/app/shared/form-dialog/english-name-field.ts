import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { SHARED_TEXT } from '../shared.text';

/**
 * The optional English name of a slot or an item (issue 11), one field for every dialog that
 * has it: English screens show it, and without it the Chinese name.
 */
@Component({
  selector: 'app-english-name-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TrPipe],
  template: `
    <mat-form-field appearance="outline" style="width: 100%">
      <mat-label>{{ text.nameEn | tr }}</mat-label>
      <input matInput [formControl]="control()" autocomplete="off" maxlength="100" lang="en" [placeholder]="placeholder()" [attr.data-testid]="testId()" />
      <mat-hint>{{ text.nameEnHint | tr }}</mat-hint>
      <mat-error [attr.data-testid]="'error-nameEn'">{{ error() }}</mat-error>
    </mat-form-field>
  `,
  host: { style: 'display: block' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnglishNameField {
  readonly control = input.required<FormControl<string>>();
  readonly error = input<string | null>('');
  readonly placeholder = input('');
  readonly testId = input('name-en');
  protected readonly text = SHARED_TEXT;
}
