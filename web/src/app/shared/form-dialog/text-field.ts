import { ChangeDetectionStrategy, Component, booleanAttribute, inject, input } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';

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
  // The control is looked up in the form around this field, not in a form of its own.
  viewProviders: [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }],
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
export class TextField {
  /** The control's name in the surrounding form. */
  readonly name = input.required<string>();
  readonly label = input.required<Text>();
  /** The form's fieldErrors(): the message under a field, or ''. Typed loosely: each form knows its own field names. */
  readonly errors = input.required<(field: never) => string>();
  readonly testId = input<string | null>(null);
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
  /** 'dynamic' where a row of fields should not keep room for a message that is not there. */
  readonly subscriptSizing = input<'fixed' | 'dynamic'>('fixed');

  /** Read on every check, not memoised: the control's errors are not signals. */
  protected message(): string {
    return (this.errors() as (field: string) => string)(this.name());
  }
}
