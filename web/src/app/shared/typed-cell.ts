import { Directive, input } from '@angular/core';

/**
 * Types a table cell's row for strict templates: `*matCellDef="let user of rows()"`
 * makes `user` a User instead of `any`, so a typo in a cell fails the build.
 * It only informs the compiler; MatCellDef still renders the cell.
 */
@Directive({ selector: '[matCellDef][matCellDefOf]' })
export class TypedCell<T> {
  readonly matCellDefOf = input.required<readonly T[]>();

  static ngTemplateContextGuard<T>(_dir: TypedCell<T>, _ctx: unknown): _ctx is { $implicit: T; index: number } {
    return true;
  }
}
