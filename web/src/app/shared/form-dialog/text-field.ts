import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FormField, IN_SURROUNDING_FORM } from './form-field';

/**
 * One text input of a form, as every form here lays it out: outlined, its label, an optional hint,
 * and the field's error under it (`error-<name>` for tests). It binds to the control `name` of the
 * form it sits in, so the form keeps its own FormGroup and submit:
 *
 *   <app-text-field name="code" [label]="text.code" [errors]="error" testId="item-code" maxlength="40" />
 */
@Component({
  selector: 'app-text-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TrPipe],
  viewProviders: IN_SURROUNDING_FORM,
  template: `
    <mat-form-field appearance="outline" [subscriptSizing]="subscriptSizing()">
      <mat-label>{{ label() | tr }}</mat-label>
      <input
        matInput
        [formControlName]="name()"
        [type]="type()"
        autocomplete="off"
        [spellcheck]="spellcheck()"
        [attr.maxlength]="maxlength()"
        [attr.min]="min()"
        [attr.inputmode]="inputmode()"
        [placeholder]="placeholder()"
        [attr.cdkFocusInitial]="focusInitial() ? '' : null"
        [attr.data-testid]="testId()"
      />
      @if (hint(); as hint) {
        <mat-hint>{{ hint | tr }}</mat-hint>
      }
      <mat-error [attr.data-testid]="'error-' + name()">{{ message() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host { display: flex; flex-direction: column; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextField extends FormField {
  readonly type = input<'text' | 'number' | 'tel' | 'url' | 'month'>('text');
  readonly hint = input<Text | null>(null);
  /** Already in the user's language. */
  readonly placeholder = input('');
  readonly maxlength = input<number | string | null>(null);
  readonly min = input<number | string | null>(null);
  readonly inputmode = input<string | null>(null);
  /** Codes and user names are not words: no red squiggles under them. */
  readonly spellcheck = input(true, { transform: booleanAttribute });
  /** The field the dialog's cursor starts in. */
  readonly focusInitial = input(false, { transform: booleanAttribute });
}
