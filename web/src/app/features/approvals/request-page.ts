import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { APPROVAL_STATUS_LABELS } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import type { Problem } from '../../core/session/session.model';
import { FenPipe, SharePercentPipe, ZhePipe } from '../../shared/money.pipe';
import { ActionDialog } from './action-dialog';
import { ApprovalTimeline } from './approval-timeline';
import { ApprovalRequestPageActions } from './approvals.actions';
import { ApprovalsApi, type ApprovalRequest, type RequestAction } from './approvals.api';
import { ACTION_TEXT, APPROVALS_TEXT } from './approvals.text';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';

const BUTTONS: { action: RequestAction; icon: string }[] = [
  { action: 'approve', icon: 'check' },
  { action: 'return', icon: 'undo' },
  { action: 'reject', icon: 'close' },
  { action: 'withdraw', icon: 'remove_circle_outline' },
];

/** /approvals/requests/:id: what is being approved, where it stands, and the buttons this person may press. */
@Component({
  selector: 'app-request-page',
  imports: [AppDatePipe, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, FenPipe, ZhePipe, SharePercentPipe, ApprovalTimeline, TrPipe],
  template: `
    <div class="page">
      <a mat-button routerLink="/approvals" class="back"><mat-icon>arrow_back</mat-icon>{{ text.back | tr }}</a>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      @if (problem(); as p) {
        <p class="problem" role="alert" data-testid="request-error">{{ p.status === 404 || !p.detail ? (text.notFound | tr) : p.detail }}</p>
      }
      @if (request(); as r) {
        <div class="page-header">
          <h1 data-testid="request-title">{{ r.title }}</h1>
          <span class="status-chip large" [class]="'status-' + r.status" data-testid="request-status">{{ statusLabels[r.status] | tr }}</span>
        </div>
        @if (stale()) {
          <p class="stale" role="status" data-testid="stale-notice"><mat-icon>info</mat-icon>{{ text.staleReloaded | tr }}</p>
        }
        <section class="card summary" [attr.aria-label]="text.document | tr">
          <dl>
            <div><dt>{{ text.documentType | tr }}</dt><dd>{{ r.typeLabel }}</dd></div>
            <div><dt>{{ text.unit | tr }}</dt><dd>{{ r.unitName }}</dd></div>
            @if (r.amountFen !== null) {
              <div><dt>{{ text.amount | tr }}</dt><dd class="num">{{ r.amountFen | fen }}</dd></div>
            }
            @if (r.paidShareBp !== null) {
              <div><dt>{{ text.paidShare | tr }}</dt><dd>{{ r.paidShareBp | zhe }} @if (r.paidShareBp | sharePercent: 'besideZhe'; as pct) {<span class="muted">({{ pct }})</span>}</dd></div>
            }
            <div><dt>{{ text.submitter | tr }}</dt><dd>{{ r.submitter.name }}</dd></div>
            <div><dt>{{ text.submittedAt | tr }}</dt><dd>{{ r.submittedAt | appDate: 'dateTime' }}</dd></div>
          </dl>
          @if (r.documentPath) {
            <a mat-stroked-button [routerLink]="r.documentPath" data-testid="open-document"><mat-icon>open_in_new</mat-icon>{{ text.openDocument | tr }}</a>
          }
        </section>

        @if (r.allowedActions.length) {
          <section class="card actions">
            @if (r.actingOnBehalfOf) {
              <p class="behalf" data-testid="acting-for"><mat-icon>supervisor_account</mat-icon>{{ text.actingFor | tr: { name: r.actingOnBehalfOf.name } }}</p>
            }
            <div class="buttons">
              @for (b of buttons; track b.action) {
                @if (r.allowedActions.includes(b.action)) {
                  <button
                    [attr.data-testid]="b.action + '-button'"
                    [class]="'act act-' + b.action"
                    [disabled]="busy()"
                    (click)="act(r, b.action)"
                    mat-flat-button
                  >
                    <mat-icon>{{ b.icon }}</mat-icon>{{ actionText[b.action].button | tr }}
                  </button>
                }
              }
            </div>
          </section>
        }

        <section class="card">
          <app-approval-timeline [request]="r" />
        </section>
      }
    </div>
  `,
  styles: `
    .back { margin: -8px 0 8px -8px; }
    .card { background: var(--mat-sys-surface); border-radius: 12px; border: 1px solid var(--mat-sys-outline-variant); padding: 16px 20px; margin-bottom: 16px; }
    .page-header h1 { flex: none; }
    dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px 24px; margin: 0 0 12px; }
    dt { font-size: 12px; color: var(--mat-sys-on-surface-variant); }
    dd { margin: 2px 0 0; font-size: 15px; }
    .num { font-variant-numeric: tabular-nums; }
    .buttons { display: flex; flex-wrap: wrap; gap: 12px; }
    .behalf { display: flex; align-items: center; gap: 6px; margin: 0 0 12px; color: var(--mat-sys-tertiary); }
    .act-reject { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
    .act-return, .act-withdraw { --mat-button-filled-container-color: var(--mat-sys-secondary-container); --mat-button-filled-label-text-color: var(--mat-sys-on-secondary-container); }
    .problem { color: var(--mat-sys-error); }
    .stale { display: flex; align-items: center; gap: 8px; padding: 10px 16px; border-radius: 8px; background: #ffe9c7; color: #7a4a00; }
  `,
  styleUrl: './request-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestPage {
  private readonly api = inject(ApprovalsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly text = APPROVALS_TEXT;
  protected readonly actionText = ACTION_TEXT;
  protected readonly statusLabels = APPROVAL_STATUS_LABELS;
  protected readonly buttons = BUTTONS;

  /** From the route (:id). */
  readonly id = input.required<string>();
  protected readonly request = signal<ApprovalRequest | null>(null);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  /** Shown after a 409: someone acted first, and the page now shows the request as it is. */
  protected readonly stale = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    effect(() => {
      const id = Number(this.id());
      untracked(() => this.load(id));
    });
    // Labels (roles, types) come in the reader's language: read again after a switch.
    let first = true;
    effect(() => {
      this.i18n.lang();
      if (first) {
        first = false;
        return;
      }
      const r = untracked(this.request);
      if (r) untracked(() => this.load(r.id));
    });
  }

  protected act(r: ApprovalRequest, action: RequestAction): void {
    ActionDialog.open(this.dialog, { action, title: r.title }).subscribe((result) => {
      if (!result) return;
      this.busy.set(true);
      const body = result.comment ? { version: r.version, comment: result.comment } : { version: r.version };
      this.api.act(r.id, action, body).subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.stale.set(false);
          this.request.set(updated);
          this.notify.ok(APPROVALS_TEXT.done, { action: this.i18n.t(ACTION_TEXT[action].button) });
          this.store.dispatch(ApprovalRequestPageActions.actionTaken({ requestId: r.id, action }));
        },
        error: (err: unknown) => {
          this.busy.set(false);
          const p = toProblem(err);
          // Someone acted first (409) or the step is no longer mine (403): say so, and show where it stands now.
          if (p.status === 409 || p.status === 403) {
            if (p.status === 409) {
              this.stale.set(true);
              this.notify.ok(APPROVALS_TEXT.staleReloaded);
            } else this.notify.error(err);
            this.load(r.id);
            this.store.dispatch(ApprovalRequestPageActions.actionTaken({ requestId: r.id, action }));
          } else {
            this.notify.error(err);
          }
        },
      });
    });
  }

  private load(id: number): void {
    if (!Number.isInteger(id) || id <= 0) {
      this.problem.set({ status: 404 });
      return;
    }
    this.loading.set(true);
    this.api.request(id).subscribe({
      next: (r) => {
        this.request.set(r);
        this.problem.set(null);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.problem.set(toProblem(err));
        this.request.set(null);
        this.loading.set(false);
      },
    });
  }
}
