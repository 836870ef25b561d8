import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { toProblem } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { saveFile } from '../../shared/download';
import { RowErrorsTable, type RowError } from '../../shared/row-errors';
import { BudgetsApi, type BudgetImportResult } from './budgets.api';
import { BUDGETS_TEXT } from './budgets.text';

export interface BudgetImportData {
  year: number;
}

/** Where an import stands: choosing, sending the file, or refused with the rows to fix (nothing stored). */
type ImportState =
  | { phase: 'idle' }
  | { phase: 'importing'; file: string }
  | { phase: 'rejected'; file: string; errors: RowError[]; count: number }
  | { phase: 'failed'; message: string };

/**
 * 导入预算: template, then one upload that is stored whole or not at all. A refused file lists
 * every row error, and the clerk fixes the file and chooses it again; the dialog closes with
 * the result once a file goes in.
 */
@Component({
  selector: 'app-budget-import-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule, MatProgressBarModule, TrPipe, RowErrorsTable],
  template: `
    <h2 mat-dialog-title>{{ text.importTitle | tr: { year: data.year } }}</h2>
    @let s = state();
    @if (s.phase === 'importing') {
      <mat-progress-bar mode="indeterminate" />
    }
    <mat-dialog-content>
      <p class="muted">{{ text.importSteps | tr }}</p>
      <div class="actions">
        <button mat-stroked-button type="button" (click)="template()" data-testid="budget-import-template"><mat-icon>download</mat-icon>{{ text.template | tr }}</button>
        <input #fileInput type="file" hidden accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" (change)="chosen(fileInput)" data-testid="budget-import-file" />
        <button mat-flat-button type="button" (click)="fileInput.click()" [disabled]="s.phase === 'importing'" data-testid="budget-import-choose">
          <mat-icon>upload_file</mat-icon>{{ text.chooseFile | tr }}
        </button>
      </div>
      @switch (s.phase) {
        @case ('importing') {
          <p>{{ text.importing | tr: { file: s.file } }}</p>
        }
        @case ('rejected') {
          <p class="bad" role="alert" data-testid="budget-import-rejected">{{ text.rejected | tr: { file: s.file, count: s.count } }}</p>
          <app-row-errors [errors]="s.errors" testIds="budget-import-error" />
        }
        @case ('failed') {
          <p class="bad" role="alert" data-testid="budget-import-problem">{{ s.message }}</p>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ common.close | tr }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
    .bad { color: var(--mat-sys-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetImportDialog {
  protected readonly state = signal<ImportState>({ phase: 'idle' });
  protected readonly text = BUDGETS_TEXT;
  protected readonly common = COMMON;
  protected readonly data = inject<BudgetImportData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<BudgetImportDialog, BudgetImportResult>>(MatDialogRef);
  private readonly api = inject(BudgetsApi);
  private readonly i18n = inject(I18n);

  protected template(): void {
    this.api.template(this.data.year).subscribe({
      next: saveFile,
      error: (err: unknown) => this.state.set({ phase: 'failed', message: this.problemText(err) }),
    });
  }

  protected chosen(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = ''; // the same (fixed) file chosen again must fire change again
    if (!file || this.state().phase === 'importing') return;
    this.state.set({ phase: 'importing', file: file.name });
    this.api.import(this.data.year, file).subscribe({
      next: (result) => this.ref.close(result),
      error: (err: unknown) => {
        const p = toProblem(err) as ReturnType<typeof toProblem> & { rowErrors?: RowError[]; errorCount?: number };
        if (p.rowErrors) this.state.set({ phase: 'rejected', file: file.name, errors: p.rowErrors, count: p.errorCount ?? p.rowErrors.length });
        else this.state.set({ phase: 'failed', message: this.problemText(err) });
      },
    });
  }

  private problemText(err: unknown): string {
    const p = toProblem(err);
    return p.errors?.[0]?.message ?? p.detail ?? this.i18n.t(COMMON.networkError);
  }
}
