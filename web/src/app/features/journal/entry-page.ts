import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { LEDGER_WRITER_ROLES } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { selectRoles } from '../../core/session/session.reducer';
import { fileDownloads } from '../../shared/download';
import { FenPipe } from '../../shared/money.pipe';
import { JournalApi, type JournalEntry, type JournalLine } from './journal.api';
import { JOURNAL_KIND_LABELS, JOURNAL_TEXT } from './journal.text';
import { ReverseDialog } from './reverse-dialog';

/** One 记账凭证: its lines with totals and 大写, its reversal links, the PDF, and (finance) 冲销. */
@Component({
  selector: 'app-entry-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule, TrPipe, AppDatePipe, FenPipe],
  template: `
    <div class="page">
      <div class="page-header">
        <a mat-icon-button routerLink=".." [attr.aria-label]="text.back | tr" [matTooltip]="text.back | tr" data-testid="entry-back"><mat-icon>arrow_back</mat-icon></a>
        <h1 data-testid="entry-title">{{ text.title | tr }} {{ entry()?.number ?? '' }}</h1>
        @if (entry(); as e) {
          <button mat-stroked-button (click)="pdf(e)" [disabled]="downloads.busy() !== null" data-testid="entry-pdf"><mat-icon>picture_as_pdf</mat-icon>{{ text.downloadPdf | tr }}</button>
          @if (canReverse()) {
            <button mat-flat-button class="danger" (click)="reverse(e)" data-testid="entry-reverse"><mat-icon>undo</mat-icon>{{ text.reverse | tr }}</button>
          }
        }
      </div>
      @if (!entry()) {
        <mat-progress-bar mode="indeterminate" />
      }
      @if (entry(); as e) {
        <section class="card head">
          <div><span class="label">{{ text.entryDate | tr }}</span>{{ e.entryDate | appDate }}</div>
          <div><span class="label">{{ text.period | tr }}</span>{{ e.period.slice(0, 7) }}</div>
          <div><span class="label">{{ text.kind | tr }}</span><span class="status-chip" [class.reversal]="e.kind === 'reversal'" data-testid="entry-kind">{{ kindLabels[e.kind] | tr }}</span></div>
          <div><span class="label">{{ text.postedBy | tr }}</span>{{ e.postedBy?.name ?? '—' }} · {{ e.postedAt | appDate: 'dateTime' }}</div>
          <div class="wide"><span class="label">{{ text.memo | tr }}</span>{{ e.memo }}</div>
          @if (e.reason) {
            <div class="wide"><span class="label">{{ text.reason | tr }}</span>{{ e.reason }}</div>
          }
          @if (e.sourceType) {
            <div>
              <span class="label">{{ text.source | tr }}</span>
              @if (e.sourceType === 'ad_agreement') {
                <a [routerLink]="['/ad-agreements', e.sourceId]" class="link">{{ text.sourceAgreement | tr }}</a>
              } @else if (e.sourceType === 'collection') {
                {{ text.sourceCollection | tr }}
              } @else {
                {{ e.sourceType }}
              }
            </div>
          }
          @if (e.reverses; as r) {
            <div class="wide"><a [routerLink]="['..', r.id]" class="link" data-testid="entry-reverses">{{ text.reversesEntry | tr: { number: r.number } }}</a></div>
          }
          @if (e.reversedBy; as r) {
            <div class="wide"><a [routerLink]="['..', r.id]" class="link warn" data-testid="entry-reversed-by">{{ text.reversedByEntry | tr: { number: r.number } }}</a></div>
          }
        </section>
        <section class="card lines">
          <table data-testid="entry-lines">
            <thead>
              <tr>
                <th>{{ text.memo | tr }}</th>
                <th>{{ text.account | tr }}</th>
                <th class="dims">{{ text.dimensions | tr }}</th>
                <th class="num">{{ text.debit | tr }}</th>
                <th class="num">{{ text.credit | tr }}</th>
              </tr>
            </thead>
            <tbody>
              @for (l of e.lines; track l.lineNo) {
                <tr>
                  <td>{{ l.memo || e.memo }}</td>
                  <td class="nowrap"><span class="mono">{{ l.accountCode }}</span> {{ l.accountName }}</td>
                  <td class="dims muted small">{{ dims(l) || '—' }}</td>
                  <td class="num">{{ l.debitFen ? (l.debitFen | fen: false) : '' }}</td>
                  <td class="num">{{ l.creditFen ? (l.creditFen | fen: false) : '' }}</td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr>
                <th>{{ text.totals | tr }}</th>
                <td colspan="2" class="words" data-testid="entry-words">{{ text.inWords | tr }}：{{ e.totalInWords }}</td>
                <td class="num strong" data-testid="entry-debits">{{ debits() | fen }}</td>
                <td class="num strong" data-testid="entry-credits">{{ credits() | fen }}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      }
    </div>
  `,
  styleUrl: './journal.scss',
  styles: `
    .card { background: var(--mat-sys-surface); border-radius: 12px; padding: 16px; margin-bottom: 16px; }
    .head { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px 24px; }
    .head .wide { grid-column: 1 / -1; }
    .label { display: block; font: var(--mat-sys-label-small); color: var(--mat-sys-on-surface-variant); }
    .lines { overflow-x: auto; padding: 0; }
    table { width: 100%; min-width: 640px; border-collapse: collapse; }
    th, td { padding: 10px 12px; text-align: start; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    th.num, td.num { text-align: end; }
    thead th { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    tfoot th, tfoot td { border-bottom: none; background: var(--mat-sys-surface-container); }
    .strong { font-weight: 600; }
    .words { color: var(--mat-sys-on-surface-variant); }
    .warn { color: var(--mat-sys-error); }
    .nowrap { white-space: nowrap; }
    .danger { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
    @media (max-width: 600px) { .dims { display: none; } table { min-width: 0; } .nowrap { white-space: normal; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntryPage {
  /** From the route (withComponentInputBinding). */
  readonly id = input.required({ transform: numberAttribute });
  private readonly api = inject(JournalApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  protected readonly text = JOURNAL_TEXT;
  protected readonly kindLabels = JOURNAL_KIND_LABELS;
  protected readonly downloads = fileDownloads<'pdf'>();
  protected readonly entry = signal<JournalEntry | null>(null);
  private readonly roles = toSignal(inject(Store).select(selectRoles), { initialValue: [] });
  protected readonly canReverse = computed(() => {
    const e = this.entry();
    return !!e && e.kind !== 'reversal' && !e.reversedBy && this.roles().some((r) => LEDGER_WRITER_ROLES.includes(r));
  });
  protected readonly debits = computed(() => (this.entry()?.lines ?? []).reduce((s, l) => s + l.debitFen, 0));
  protected readonly credits = computed(() => (this.entry()?.lines ?? []).reduce((s, l) => s + l.creditFen, 0));

  constructor() {
    // Following a reversal link changes only the id: load again.
    effect(() => this.load(this.id()));
  }

  private load(id: number): void {
    this.entry.set(null);
    this.api.entry(id).subscribe({
      next: (e) => this.entry.set(e),
      error: (err: unknown) => {
        this.notify.error(err);
        void this.router.navigate(['/journal']);
      },
    });
  }

  protected dims(l: JournalLine): string {
    return [l.unit?.name, l.customer?.name, l.agreement?.number].filter(Boolean).join(' · ');
  }

  protected pdf(e: JournalEntry): void {
    this.downloads.start('pdf', this.api.pdf(e));
  }

  protected reverse(e: JournalEntry): void {
    ReverseDialog.open(this.dialog, e).subscribe((reversal) => {
      if (!reversal) return;
      this.notify.ok(JOURNAL_TEXT.reversedOk, { number: reversal.number });
      void this.router.navigate(['/journal', reversal.id]);
    });
  }
}
