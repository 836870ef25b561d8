import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { NEGOTIATION_SIDE_LABELS, NEGOTIATION_SIDES, NEGOTIATION_TERM_LABELS, PROBLEM_TYPES, type NegotiationSide } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { isProblemType, toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { FenPipe } from '../../shared/money.pipe';
import { EContractsApi } from '../e-contracts/e-contracts.api';
import { NegotiationEditForm } from './negotiation-edit-form';
import { NegotiationsApi, type EditNegotiation, type NegotiationDetail, type NegotiationVersion } from './negotiations.api';
import { NEGOTIATION_TEXT, TERM_FIELDS } from './negotiations.text';
import { B2bStatus } from './state-chip';
import { VersionChanges } from './version-changes';

/**
 * One negotiation sheet, the same screen for the buyer's clerk and the supplier's contact: the
 * current version's terms and lines with what changed from the one before, each side's agreement,
 * the comment thread, and the edit form. An edit the other side beat is refused with the latest
 * version: the page shows it and offers to redo the change on top of it.
 */
@Component({
  selector: 'app-negotiation-detail',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TrPipe, FenPipe, AppDatePipe, B2bStatus, VersionChanges, NegotiationEditForm],
  templateUrl: './negotiation-detail.html',
  styleUrl: './b2b-form.scss',
  styles: `
    .badges { display: flex; flex-wrap: wrap; gap: 8px 24px; margin-top: 8px; }
    .badge { display: inline-flex; align-items: center; gap: 4px; }
    .badge[data-agreed='true'] { color: #0b5322; font-weight: 600; }
    .stale { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); padding: 12px 16px; border-radius: 8px; }
    .changed { background: #fff8d6; }
    dd { white-space: pre-wrap; }
    .comment { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 8px 0; }
    .comment .who { font-weight: 600; margin-inline-end: 8px; }
    .lines .item { min-width: 7em; }
    .totals { text-align: end; margin-top: 8px; }
    .version { border-top: 1px solid var(--mat-sys-outline-variant); padding-top: 8px; margin-top: 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NegotiationDetailPage implements OnInit {
  private readonly api = inject(NegotiationsApi);
  private readonly contracts = inject(EContractsApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  /** The route's :id (component input binding). */
  readonly id = input.required<string>();
  protected readonly text = NEGOTIATION_TEXT;
  protected readonly termLabels = NEGOTIATION_TERM_LABELS;
  protected readonly sideLabels = NEGOTIATION_SIDE_LABELS;
  protected readonly sides = NEGOTIATION_SIDES;
  protected readonly terms = TERM_FIELDS;
  protected readonly d = signal<NegotiationDetail | null>(null);
  protected readonly busy = signal(false);
  protected readonly editing = signal(false);
  /** The user's edit the server refused because the other side saved first (409 with the latest). */
  protected readonly staleDraft = signal<EditNegotiation | null>(null);
  protected readonly history = signal<NegotiationVersion[] | null>(null);
  private readonly contractKey = crypto.randomUUID();
  protected readonly commentForm = inject(FormBuilder).nonNullable.group({ body: ['', [Validators.required, Validators.maxLength(2000)]] });

  ngOnInit(): void {
    this.api.get(Number(this.id())).subscribe({ next: (d) => this.d.set(d), error: (err: unknown) => this.notify.error(err) });
  }

  protected pinned(d: NegotiationDetail, side: NegotiationSide): number | null {
    return side === 'buyer' ? d.buyerAgreedVersion : d.supplierAgreedVersion;
  }

  protected changed(d: NegotiationDetail, term: string): boolean {
    return !!d.current.changes?.terms.some((t) => t.term === term);
  }

  protected startEdit(redo = false): void {
    if (!redo) this.staleDraft.set(null);
    this.editing.set(false);
    // Re-create the form on the version now shown.
    queueMicrotask(() => this.editing.set(true));
  }

  protected save(d: NegotiationDetail, body: EditNegotiation): void {
    this.busy.set(true);
    this.api.edit(d.id, body).subscribe({
      next: (next) => {
        this.busy.set(false);
        this.editing.set(false);
        this.staleDraft.set(null);
        this.d.set(next);
        this.history.set(null);
        this.notify.ok(this.text.saved, { n: next.currentVersion });
      },
      error: (err: unknown) => this.refused(err, body),
    });
  }

  protected agree(d: NegotiationDetail): void {
    this.busy.set(true);
    this.api.agree(d.id, d.currentVersion).subscribe({
      next: (next) => {
        this.busy.set(false);
        this.d.set(next);
        this.notify.ok(this.text.agreed, { n: d.currentVersion });
      },
      error: (err: unknown) => this.refused(err, null),
    });
  }

  /** A stale 409 carries the latest sheet: show it, keep the user's edit to redo. */
  private refused(err: unknown, draft: EditNegotiation | null): void {
    this.busy.set(false);
    const problem = toProblem(err) as ReturnType<typeof toProblem> & { latest?: NegotiationDetail };
    if (problem.status === 409 && isProblemType(problem, PROBLEM_TYPES.staleVersion) && problem.latest) {
      this.d.set(problem.latest);
      this.history.set(null);
      this.editing.set(false);
      this.staleDraft.set(draft ?? { baseVersion: 0, ...problem.latest.current.terms, lines: [], note: '' });
      return;
    }
    this.notify.error(err);
  }

  protected comment(d: NegotiationDetail): void {
    this.commentForm.markAllAsTouched();
    if (this.commentForm.invalid) return;
    this.busy.set(true);
    this.api.comment(d.id, this.commentForm.getRawValue().body).subscribe({
      next: (next) => {
        this.busy.set(false);
        this.commentForm.reset();
        this.d.set(next);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.notify.error(err);
      },
    });
  }

  protected showHistory(d: NegotiationDetail): void {
    this.api.versions(d.id).subscribe({ next: (v) => this.history.set([...v.items].reverse()), error: (err: unknown) => this.notify.error(err) });
  }

  protected createContract(d: NegotiationDetail): void {
    this.busy.set(true);
    this.contracts.create(d.id, this.contractKey).subscribe({
      next: (c) => {
        this.busy.set(false);
        this.notify.ok(this.text.contractCreated, { number: c.number });
        void this.router.navigate(['/e-contracts', c.id]);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.notify.error(err);
      },
    });
  }
}
