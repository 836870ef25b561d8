import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute } from '@angular/router';
import { BUDGET_CONTROL_LABELS, BUDGET_CONTROLS, PROBLEM_TYPES, type BudgetControl } from '@portal/domain';
import { isProblemType, toProblem } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n';
import { Notify } from '../../core/notify';
import { saveFile } from '../../shared/download';
import { openDialog } from '../../shared/form-dialog/form-dialog';
import type { ListView } from '../../shared/list-frame/list-frame';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { loadLatest } from '../../shared/load-latest';
import { FenPipe } from '../../shared/money.pipe';
import { BudgetImportDialog, type BudgetImportData } from './budget-import-dialog';
import { budgetRow, changedSettings, type BudgetEdit, type BudgetRow } from './budget-grid';
import { BudgetsApi, type BudgetGrid, type BudgetImportResult } from './budgets.api';
import { BUDGETS_TEXT } from './budgets.text';

/**
 * 年度办公用品预算: each head-office department's budget for the year with what its requests
 * hold of it. 办公室's clerk types amounts and controls in the grid and saves every change at
 * once, at the versions read; everyone else reads.
 */
@Component({
  selector: 'app-budgets-page',
  imports: [LIST_PAGE_IMPORTS, MatInputModule, FenPipe],
  templateUrl: './budgets-page.html',
  styleUrl: './budgets-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetsPage {
  protected readonly text = BUDGETS_TEXT;
  protected readonly controls = BUDGET_CONTROLS;
  protected readonly controlLabels = BUDGET_CONTROL_LABELS;
  private readonly api = inject(BudgetsApi);
  private readonly notify = inject(Notify);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  protected readonly year = signal(Number(inject(ActivatedRoute).snapshot.queryParamMap.get('year')) || new Date().getFullYear());
  private readonly reloads = signal(0);
  protected readonly grid = signal<BudgetGrid | null>(null);
  private readonly edits = signal<Record<number, BudgetEdit>>({});
  protected readonly saving = signal(false);

  // Department names come in the reader's language: switching it loads the grid again.
  private readonly load = loadLatest(
    computed(() => ({ year: this.year(), n: this.reloads(), lang: this.i18n.lang() })),
    (q) => this.api.grid(q.year),
    (g) => this.grid.set(g),
  );

  protected readonly editable = computed(() => this.grid()?.editable ?? false);
  protected readonly rows = computed<BudgetRow[]>(() => (this.grid()?.lines ?? []).map((l) => budgetRow(l, this.edits()[l.departmentId])));
  protected readonly changed = computed(() => this.rows().filter((r) => r.dirty).length);
  /** What the department's requests hold of its budget, each with its total under it. */
  protected readonly figures = [
    { column: 'committed', fen: 'committedFen' },
    { column: 'pending', fen: 'pendingFen' },
    { column: 'spent', fen: 'spentFen' },
  ] as const;
  protected readonly columns = ['department', 'amount', 'control', ...this.figures.map((f) => f.column), 'remaining', 'used'];

  /** The frame's view of the grid: one page holding every department. */
  protected readonly list: ListView = {
    loading: () => this.load.loading() || this.saving(),
    failed: () => this.load.failed(),
    total: () => this.rows().length,
    pageIndex: () => 0,
    pageSize: () => Math.max(this.rows().length, 10),
    rows: () => this.rows(),
    // A reload shows the saved figures: what was typed and not saved goes (a language switch keeps it).
    reload: () => {
      this.edits.set({});
      this.reloads.update((n) => n + 1);
    },
    onPage: () => undefined,
  };

  protected readonly trackByDepartment = (_: number, r: BudgetRow) => r.line.departmentId;

  protected moveYear(by: number): void {
    this.edits.set({});
    this.year.update((y) => y + by);
  }

  protected typed(row: BudgetRow, amount: string): void {
    this.edit(row, { amount, control: row.control });
  }

  protected chose(row: BudgetRow, control: BudgetControl): void {
    this.edit(row, { amount: row.amountText, control });
  }

  private edit(row: BudgetRow, edit: BudgetEdit): void {
    this.edits.update((e) => ({ ...e, [row.line.departmentId]: edit }));
  }

  protected discard(): void {
    this.edits.set({});
  }

  protected save(): void {
    const lines = changedSettings(this.rows());
    if (lines === null) return this.notify.ok(BUDGETS_TEXT.fixFirst);
    if (lines.length === 0 || this.saving()) return;
    this.saving.set(true);
    this.api.save(this.year(), lines).subscribe({
      next: (g) => {
        this.saving.set(false);
        this.grid.set(g);
        this.edits.set({});
        this.notify.ok(BUDGETS_TEXT.saved, { year: g.year });
      },
      error: (err: unknown) => {
        this.saving.set(false);
        if (!isProblemType(toProblem(err), PROBLEM_TYPES.staleVersion)) return this.notify.error(err);
        // Someone saved first: their figures are the truth now; the clerk's typing is not silently kept over them.
        this.notify.ok(BUDGETS_TEXT.stale);
        this.list.reload();
      },
    });
  }

  protected downloadTemplate(): void {
    this.api.template(this.year()).subscribe({ next: saveFile, error: (err: unknown) => this.notify.error(err) });
  }

  protected openImport(): void {
    openDialog<BudgetImportResult, BudgetImportData>(this.dialog, BudgetImportDialog, { year: this.year() }, '640px').subscribe((r) => {
      if (!r) return;
      this.notify.ok(BUDGETS_TEXT.imported, { count: r.imported });
      this.list.reload();
    });
  }
}
