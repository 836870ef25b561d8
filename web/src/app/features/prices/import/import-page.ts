import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { PLATFORM_LABELS } from '@portal/domain';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { FenPipe } from '../../../shared/money.pipe';
import { fileDownloads } from '../../../shared/download';
import { RowErrorsTable } from '../../../shared/row-errors';
import { TypedCell } from '../../../shared/typed-cell';
import { PriceScope } from '../price-scope';
import { PricesApi, type ImportPreview, type RowError, type Transfer } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';
import { canCommit, importBusy, importReducer, INITIAL_IMPORT, type ImportEvent } from './import-state';

/** 导入: template, upload, every row checked in a preview, then all rows imported or none. */
@Component({
  selector: 'app-import-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, TypedCell, TrPipe, FenPipe, RowErrorsTable],
  templateUrl: './import-page.html',
  styleUrls: ['../prices-list.scss', './import-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly api = inject(PricesApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly scope = inject(PriceScope);
  protected readonly text = PRICES_TEXT;
  protected readonly common = COMMON;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly sampleColumns = ['row', 'itemCode', 'shop', 'price', 'observedOn', 'inStock'];

  protected readonly state = signal(INITIAL_IMPORT);
  protected readonly busy = computed(() => importBusy(this.state()));
  protected readonly canCommit = computed(() => canCommit(this.state()));
  protected readonly errors = computed<RowError[]>(() => this.state().errors);
  protected readonly sample = computed<ImportPreview['sample']>(() => this.state().preview?.sample ?? []);
  private file: File | null = null;
  private readonly downloads = fileDownloads<'csv' | 'xlsx'>();

  private dispatch(e: ImportEvent): void {
    this.state.update((s) => importReducer(s, e));
  }

  protected download(format: 'csv' | 'xlsx'): void {
    this.downloads.start(format, this.api.template(format));
  }

  protected chosen(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = ''; // choosing the same (fixed) file again must fire change again
    if (!file || this.busy()) return;
    this.file = file;
    this.dispatch({ type: 'fileChosen', fileName: file.name });
    this.api.previewImport(file).subscribe({
      next: (t: Transfer<ImportPreview>) => this.dispatch(t.kind === 'progress' ? { type: 'progress', percent: t.percent } : { type: 'previewed', preview: t.body }),
      error: (err: unknown) => this.dispatch({ type: 'failed', problem: this.problemText(err) }),
    });
  }

  protected commit(): void {
    if (!this.file || !this.canCommit()) return;
    this.dispatch({ type: 'commitStarted' });
    this.api.commitImport(this.file).subscribe({
      next: (t) => {
        if (t.kind === 'progress') return this.dispatch({ type: 'progress', percent: t.percent });
        this.dispatch({ type: 'committed', result: t.body });
        this.notify.ok(PRICES_TEXT.imported, { count: t.body.imported });
      },
      error: (err: unknown) => {
        const p = toProblem(err) as ReturnType<typeof toProblem> & { rowErrors?: RowError[]; errorCount?: number };
        if (p.rowErrors) {
          this.notify.error(err);
          return this.dispatch({ type: 'rejected', errors: p.rowErrors, errorCount: p.errorCount ?? p.rowErrors.length });
        }
        this.dispatch({ type: 'failed', problem: this.problemText(err) });
      },
    });
  }

  protected reset(): void {
    this.file = null;
    this.dispatch({ type: 'reset' });
  }

  private problemText(err: unknown): string {
    const p = toProblem(err);
    return p.errors?.[0]?.message ?? p.detail ?? this.i18n.t(COMMON.networkError);
  }
}
