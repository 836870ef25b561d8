import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { I18n } from '../../core/i18n/i18n';
import type { Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';

/** One choice of a filter: a label in both languages (or a name as the API gave it), indented `depth` em in a tree. */
export interface FilterOption<V> {
  value: V;
  label: Text | string;
  depth?: number;
}

/** Choices from a value list and its label table, the way most filters are written. */
export function filterOptions<V extends string>(values: readonly V[], labels: Readonly<Record<V, Text>>): FilterOption<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/**
 * A list filter that picks one value or, with `any`, none: `<app-select-filter [control]="filters.controls.status"
 * [label]="common.status" [any]="text.anyStatus" [options]="statusOptions" testId="quotes-filter-status" />`.
 * Its host takes no box of its own, so it sits in the frame's filter row like a field; a page sets its
 * width with --filter-width (on the host, or on the frame for all of them).
 */
@Component({
  selector: 'app-select-filter',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TrPipe],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() | tr }}</mat-label>
      <mat-select [formControl]="control()" [attr.data-testid]="testId()">
        @if (any(); as none) {
          <mat-option [value]="null">{{ none | tr }}</mat-option>
        }
        @for (o of options(); track o.value) {
          <mat-option [value]="o.value">
            @if (o.depth) {
              <span [style.padding-inline-start.em]="o.depth">{{ show(o.label) }}</span>
            } @else {
              {{ show(o.label) }}
            }
          </mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
    mat-form-field {
      width: var(--filter-width);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelectFilter<V> {
  readonly control = input.required<FormControl<V | null>>();
  readonly label = input.required<Text>();
  /** The "any" choice's label; without it every choice is a value. */
  readonly any = input<Text | null>(null);
  readonly options = input.required<readonly FilterOption<V>[]>();
  readonly testId = input<string | null>(null);

  private readonly i18n = inject(I18n);

  protected show(label: Text | string): string {
    return typeof label === 'string' ? label : this.i18n.t(label);
  }
}
