import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { APPROVAL_ACTION_LABELS, APPROVAL_STATUS_LABELS, type ApprovalAction } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import type { Problem } from '../../core/session/session.model';
import { conditionText } from './approval-labels';
import { ApprovalsApi, type ApprovalRequest, type RequestStep, type StepState } from './approvals.api';
import { APPROVALS_TEXT, STEP_STATE_TEXT } from './approvals.text';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';

const ACTION_ICONS: Record<ApprovalAction, string> = {
  submit: 'send',
  approve: 'check_circle',
  reject: 'cancel',
  return: 'undo',
  withdraw: 'remove_circle_outline',
};

const STATE_ICONS: Record<StepState, string> = {
  skipped: 'redo',
  approved: 'check_circle',
  rejected: 'cancel',
  returned: 'undo',
  current: 'hourglass_top',
  waiting: 'radio_button_unchecked',
  notReached: 'radio_button_unchecked',
};

/**
 * An approval request's chain (this round's steps and where each stands) and its
 * timeline (who did what at which step, when, with what comment, and on whose
 * behalf). Give it the request when the page already has it, or just its id:
 *
 *   <app-approval-timeline [requestId]="quote.approval?.requestId" />
 *   <app-approval-timeline [request]="request()" [showChain]="false" />
 *
 * Pure display: actions live on the request page (/approvals/requests/:id).
 */
@Component({
  selector: 'app-approval-timeline',
  imports: [AppDatePipe, MatIconModule, MatProgressBarModule, TrPipe],
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (problem(); as p) {
      <p class="problem" role="alert" data-testid="timeline-error">{{ p.detail || (text.notFound | tr) }}</p>
    }
    @if (shown(); as r) {
      @if (showChain() && r.steps.length) {
        <section class="chain" [attr.aria-label]="text.chain | tr">
          <h3>
            {{ text.chain | tr }}
            @if (r.round > 1) {
              <span class="muted">· {{ text.round | tr: { round: r.round } }}</span>
            }
          </h3>
          <ol class="steps">
            @for (s of r.steps; track s.position) {
              <li class="step" [class]="'state-' + s.state" data-testid="chain-step" [attr.data-state]="s.state">
                <mat-icon aria-hidden="true">{{ stateIcons[s.state] }}</mat-icon>
                <div class="step-body">
                  <div class="step-head">
                    <strong>{{ text.stepLabel | tr: { position: s.position } }} · {{ s.roleLabel }}</strong>
                    @if (s.unitName) {
                      <span class="muted">· {{ s.unitName }}</span>
                    }
                  </div>
                  <div class="muted small">{{ stepStates[s.state] | tr }} · {{ condition(s) }}</div>
                </div>
              </li>
            }
          </ol>
        </section>
      }
      <section class="timeline" [attr.aria-label]="text.timeline | tr">
        <h3>{{ text.timeline | tr }}</h3>
        <ol class="entries">
          @for (e of r.timeline; track $index) {
            <li class="entry" [class]="'action-' + e.action" data-testid="timeline-entry" [attr.data-action]="e.action">
              <mat-icon aria-hidden="true">{{ actionIcons[e.action] }}</mat-icon>
              <div class="entry-body">
                <div class="entry-head">
                  <strong class="who">{{ e.actor.name }}</strong>
                  @if (e.onBehalfOf) {
                    <span class="behalf" data-testid="on-behalf-of">({{ text.onBehalfOf | tr: { name: e.onBehalfOf.name } }})</span>
                  }
                  <span class="what">{{ actionLabels[e.action] | tr }}</span>
                  @if (e.stepPosition !== null) {
                    <span class="muted">· {{ text.stepLabel | tr: { position: e.stepPosition } }}{{ e.roleLabel ? ' · ' + e.roleLabel : '' }}</span>
                  }
                  @if (r.round > 1) {
                    <span class="muted">· {{ text.round | tr: { round: e.round } }}</span>
                  }
                  <time class="when muted" [attr.datetime]="e.at">{{ e.at | appDate: 'dateTime' }}</time>
                </div>
                @if (e.comment) {
                  <blockquote class="comment">{{ e.comment }}</blockquote>
                }
              </div>
            </li>
          } @empty {
            <li class="muted">{{ text.noTimeline | tr }}</li>
          }
        </ol>
        @if (r.status !== 'pending' && r.decidedAt) {
          <p class="muted small outcome">{{ statusLabels[r.status] | tr }} · {{ r.decidedAt | appDate: 'dateTime' }}</p>
        }
      </section>
    }
  `,
  styles: `
    :host { display: block; }
    h3 { font: var(--mat-sys-title-small); margin: 12px 0 8px; }
    ol { list-style: none; margin: 0; padding: 0; }
    .step, .entry { display: flex; gap: 10px; align-items: flex-start; padding: 6px 0; }
    .step-body, .entry-body { flex: 1; min-width: 0; }
    .small { font-size: 12px; }
    .step mat-icon, .entry mat-icon { flex: none; color: var(--mat-sys-on-surface-variant); }
    .state-approved mat-icon, .action-approve mat-icon { color: #2e7d32; }
    .state-rejected mat-icon, .action-reject mat-icon { color: var(--mat-sys-error); }
    .state-returned mat-icon, .action-return mat-icon { color: #b26a00; }
    .state-current mat-icon, .action-submit mat-icon { color: var(--mat-sys-primary); }
    .state-current .step-head strong { color: var(--mat-sys-primary); }
    .state-skipped { opacity: 0.6; }
    .entry { border-inline-start: 2px solid var(--mat-sys-outline-variant); padding-inline-start: 10px; margin-inline-start: 11px; }
    .entry mat-icon { margin-inline-start: -23px; background: var(--mat-sys-surface); border-radius: 50%; }
    .entry-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
    .behalf { color: var(--mat-sys-tertiary); }
    .when { margin-inline-start: auto; font-size: 12px; white-space: nowrap; }
    .comment { margin: 4px 0 0; padding: 6px 10px; background: var(--mat-sys-surface-container); border-radius: 8px; white-space: pre-line; }
    .problem { color: var(--mat-sys-error); }
    .outcome { margin: 8px 0 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalTimeline {
  private readonly api = inject(ApprovalsApi);
  private readonly i18n = inject(I18n);
  protected readonly text = APPROVALS_TEXT;
  protected readonly stepStates = STEP_STATE_TEXT;
  protected readonly actionLabels = APPROVAL_ACTION_LABELS;
  protected readonly statusLabels = APPROVAL_STATUS_LABELS;
  protected readonly actionIcons = ACTION_ICONS;
  protected readonly stateIcons = STATE_ICONS;

  /** The request as the page already holds it (GET /api/approvals/requests/:id). */
  readonly request = input<ApprovalRequest | null | undefined>(undefined);
  /** Or only its id: the component loads it. Ignored when `request` is given. */
  readonly requestId = input<number | null | undefined>(undefined);
  /** The chain of steps above the timeline; off where the page shows it elsewhere. */
  readonly showChain = input(true);

  private readonly loaded = signal<ApprovalRequest | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly shown = computed(() => this.request() ?? this.loaded());

  constructor() {
    effect(() => {
      const id = this.requestId();
      if (this.request() || !id) return;
      this.load(id);
    });
  }

  /** Loads the request again, e.g. after the embedding page changed the document. */
  reload(): void {
    const id = this.requestId();
    if (id && !this.request()) this.load(id);
  }

  protected condition(s: RequestStep): string {
    return conditionText(this.i18n, s.condition);
  }

  private load(id: number): void {
    this.loading.set(true);
    this.problem.set(null);
    this.api.request(id).subscribe({
      next: (r) => {
        this.loaded.set(r);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.problem.set(toProblem(err));
        this.loading.set(false);
      },
    });
  }
}
